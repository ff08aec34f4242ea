// Across years: 现行有效件数 carries over as last year's + 本年制发 − 本年废止. Soft (warn): some agencies count
// revisions and expired documents differently. 2021 表二 only, and only when last year's report is known.
import { rowLabel } from '../../i18n/labels';
import { numberOf, termAt } from '../terms';
import { defineRule, type Evaluation, type RuleTitle } from '../types';

interface StockData {
  item: string;
  before: number;
  issued: number;
  repealed: number;
  expected: number;
  found: number;
  year: number | null;
}

export const title: RuleTitle = { 'zh-CN': '跨年：现行有效件数 = 上年现行有效 + 本年制发 − 本年废止', en: "Across years: in force = last year's in force + issued − repealed" };

export const crossYearStock = defineRule<{ stock: StockData }>({
  id: 'crossYear.stock',
  severity: 'warn',
  table: 'activeDisclosure',
  layouts: ['2021'],
  messages: {
    stock: {
      'zh-CN': (d) =>
        `${rowLabel('zh-CN', d.item)}现行有效件数应为 ${d.expected}（= ${d.year} 年的 ${d.before} + 本年制发 ${d.issued} − 本年废止 ${d.repealed}），实为 ${d.found}（有的机关对修订、失效另行计数，请核实）`,
      en: (d) =>
        `${rowLabel('en', d.item)}: in force should be ${d.expected} (= ${d.before} in ${d.year} + ${d.issued} issued − ${d.repealed} repealed), found ${d.found} (some agencies count revisions and expiry differently)`,
    },
  },
  evaluate(report, context) {
    const previous = context.previousYear;
    if (!previous?.activeDisclosure) return [];
    const out: Evaluation<{ stock: StockData }>[] = [];
    for (const item of ['regulations', 'normativeDocuments'] as const) {
      const terms = (['inForce', 'issued', 'repealed'] as const).map((field) => termAt(report, 'activeDisclosure', item, field));
      const [found, issued, repealed] = terms.map((term) => numberOf(term, context));
      // A 2019-format report of last year has no 现行有效件数: nothing to carry.
      const lastYear = (previous.activeDisclosure as Record<string, Record<string, number | null> | undefined>)[item]?.inForce;
      const before = lastYear ?? (lastYear === null && context.options.blanksAsZero ? 0 : null);
      if (found == null || issued == null || repealed == null || before === null) continue;
      const expected = before + issued - repealed;
      const data = { item, before, issued, repealed, expected, found, year: previous.report.year };
      out.push({ scope: item, outcome: found === expected ? 'pass' : 'broken', key: 'stock', data, expected, found, cells: terms.map((term) => term.ref) });
    }
    return out;
  },
});
