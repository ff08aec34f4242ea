// Agency and statistics year from the title, headlines and prose (docs/report-format.md, quirk 7). The year is the
// statistics year: a 2023 report is published in 2024 (seed 001: "2024-01-26"), so dates are never used.
import { REPORT_TITLE } from '../text/report-title';
import { cleanText, labelKey } from '../text/normalize';

export interface TitleParts {
  agency: string | null;
  year: number;
}

const TITLE_FORMS = [
  // 勉县人民政府2023年政府信息公开工作年度报告 · 洪泽区人民政府 2023 年政府信息公开工作年度报告
  /^(.*?)(\d{4})年度?(?:政府)?信息公开(?:工作)?(?:年度)?报告/,
  // 伊宁县政府信息公开工作2023年度报告
  /^(.*?)(?:政府)?信息公开工作(\d{4})年度?(?:工作)?报告/,
];
/** Site names and section trails that titles carry around the report title. */
const TITLE_SEPARATORS = /\s*[|_｜—–]\s*|\s+-\s+|-(?=[^\d])/;

export function parseTitle(title: string): TitleParts | null {
  for (const segment of cleanText(title).split(TITLE_SEPARATORS)) {
    const text = labelKey(segment);
    for (const form of TITLE_FORMS) {
      const match = form.exec(text);
      if (!match) continue;
      const agency = match[1]!.replace(/^(关于|转发|印发)/, '');
      return { agency: agency === '' ? null : agency, year: Number(match[2]) };
    }
  }
  return null;
}

/** Short lines of the article that read like a report title. */
export function titleLines(prose: string): string[] {
  return prose
    .split('\n')
    .map(cleanText)
    .filter((line) => line.length > 0 && line.length <= 60 && REPORT_TITLE.test(line))
    .slice(0, 5);
}

/** "统计时限为2023年1月1日起至2023年12月31日止", "统计期限自 2024 年 1 月 1 日…" (on labelKey text). */
export function periodYear(proseKey: string): number | null {
  const match = /统计(?:时限|期限|时间|周期)[^。]{0,12}?(\d{4})年1月1日/.exec(proseKey);
  return match ? Number(match[1]) : null;
}

/** First "YYYY年" of 总体情况 (seed 004 has no title: "一、总体情况(一)主动公开。2024年,我办…"), on labelKey text. */
export function overviewYear(proseKey: string): number | null {
  const text = proseKey;
  const start = text.indexOf('总体情况');
  if (start < 0) return null;
  const match = /(\d{4})年/.exec(text.slice(start, start + 400));
  return match ? Number(match[1]) : null;
}

/** "来源:太平区人民政府办公室" / "发布机构：…" when no title names the agency. */
export function publisherOf(prose: string): string | null {
  const match = /(?:发布机构|来源|信息来源|发文机关)[:：]\s*([\u4e00-\u9fff]{2,30}?)(?=\s|责任|浏览|$|\n)/m.exec(prose.normalize('NFKC'));
  return match?.[1] ?? null;
}

/**
 * The title may shorten the agency ("伊宁县政府信息公开工作2023年度报告") while the body names it in full
 * ("现向社会公布伊宁县人民政府2023年政府信息公开工作年度报告"): take the fuller name, read within one line.
 */
export function fullerAgency(agency: string, year: number, prose: string): string {
  const escaped = agency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${escaped}(?:人民政府办公室|人民政府|政府办公室|政府)(?=${year}年度?政府信息公开)`);
  for (const line of prose.split('\n')) {
    const match = pattern.exec(labelKey(line));
    if (match) return match[0];
  }
  return agency;
}
