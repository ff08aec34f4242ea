// What a report's title looks like. Shared by detection (is this page worth reading?) and parsing (which line of
// the article is the title?), so it lives below both.

/** Titles: "<机关>YYYY年政府信息公开工作年度报告", "…政府信息公开工作2023年度报告", "…政府信息公开年度报告". */
export const REPORT_TITLE = /政府信息公开.{0,8}(年度)?报告|信息公开年报/;
