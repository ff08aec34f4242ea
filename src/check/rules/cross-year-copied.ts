// Copied from last year: table 三 identical to last year's report in every cell. Two years of all-zero tables are
// common for small agencies and prove nothing, so a table of zeros is not compared.
import { APPLICANT_COLUMNS, APPLICATION_ROWS } from '../../model/keys';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '跨年：表三不与上一年完全相同（需历史中有上一年的报告）', en: "Across years: table 3 is not identical to last year's (needs last year's report in the history)" };

export const crossYearCopied = defineRule<{ copied: { year: number | null; cells: number } }>({
  id: 'crossYear.copied',
  severity: 'warn',
  table: 'applications',
  messages: {
    copied: {
      'zh-CN': (d) => `表三与 ${d.year} 年报告的全部 ${d.cells} 格完全相同，可能照搬了上年数据`,
      en: (d) => `Table 3 is identical to the ${d.year} report in all ${d.cells} cells: possibly copied from last year`,
    },
  },
  evaluate(report, context) {
    const previous = context.previousYear?.applications;
    const rows = report.applications?.rows;
    if (!previous || !rows) return [];
    const pairs = APPLICATION_ROWS.flatMap((row) => {
      const now = rows[row];
      const before = previous[row];
      return now && before ? APPLICANT_COLUMNS.map((col) => [now.values[col].value, before[col]] as const) : [];
    });
    if (pairs.every(([now]) => now === null || now === 0)) return [];
    const identical = pairs.every(([now, before]) => now === before);
    const data = { year: context.previousYear!.report.year, cells: pairs.length };
    return [{ scope: 'applications', outcome: identical ? 'broken' : 'pass', key: 'copied', data, cells: [] }];
  },
});
