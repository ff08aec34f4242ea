// Across years (docs/report-format.md): this year's 二、上年结转 is last year's 四、结转下年度继续办理, exactly,
// per column. Runs only when the previous year's report of the same agency is known.
import { colLabel } from '../../i18n/labels';
import { APPLICANT_COLUMNS } from '../../model/keys';
import { numberOf, termAt } from '../terms';
import { defineRule, type Evaluation, type RuleTitle } from '../types';

interface CarryData {
  col: string;
  expected: number | null;
  found: number | null;
  /** The previous report's statistics year. */
  year: number | null;
}
type Messages = { carry: CarryData; unverifiable: CarryData };

export const title: RuleTitle = {
  'zh-CN': '跨年：二、上年结转 = 上一年的四、结转下年度继续办理（需历史中有上一年的报告）',
  en: "Across years: II carried over = last year's IV carried forward, per column (needs last year's report in the history)",
};

export const crossYearCarry = defineRule<Messages>({
  id: 'crossYear.carry',
  severity: 'fail',
  table: 'applications',
  messages: {
    carry: {
      'zh-CN': (d) =>
        `二、上年结转（${colLabel('zh-CN', d.col)}）应为 ${d.expected}（= ${d.year} 年报告的四、结转下年度继续办理），实为 ${d.found}，相差 ${Math.abs(Number(d.found) - Number(d.expected))}`,
      en: (d) =>
        `II. Carried over (${colLabel('en', d.col)}) should be ${d.expected} (= IV. carried forward in the ${d.year} report), found ${d.found}, off by ${Math.abs(Number(d.found) - Number(d.expected))}`,
    },
    unverifiable: {
      'zh-CN': (d) => `无法核对二、上年结转（${colLabel('zh-CN', d.col)}）：本年或 ${d.year} 年报告中该格为空白`,
      en: (d) => `Cannot verify II. carried over (${colLabel('en', d.col)}): blank this year or in the ${d.year} report`,
    },
  },
  evaluate(report, context) {
    const previous = context.previousYear;
    if (!previous?.applications || !report.applications) return [];
    return APPLICANT_COLUMNS.map((col): Evaluation<Messages> => {
      const term = termAt(report, 'applications', 'carriedOver', col);
      const found = numberOf(term, context);
      // Last year's blank is a blank in the JSON too (null): it only counts as 0 under the same assumption.
      const before = previous.applications?.carriedForward?.[col] ?? null;
      const expected = before ?? (context.options.blanksAsZero ? 0 : null);
      const data = { col, expected, found, year: previous.report.year };
      if (found === null || expected === null) return { scope: col, outcome: 'review', key: 'unverifiable', data, cells: [term.ref] };
      return { scope: col, outcome: found === expected ? 'pass' : 'broken', key: 'carry', data, expected, found, cells: [term.ref] };
    });
  },
});
