// Across years (report-format.md): this year's 二、上年结转 is last year's 四、结转下年度继续办理, exactly, per column;
// 现行有效件数 carries over as last year's + 本年制发 − 本年废止 (soft: some agencies count revisions and expired
// documents differently). Both run only when the previous year's report of the same agency is known.
import { APPLICANT_COLUMNS } from '../../model/keys';
import type { CellRef } from '../../model/parsed';
import { applicationTerm, numberOf } from '../terms';
import type { Evaluation, Rule } from '../types';

export const crossYearCarry: Rule = {
  id: 'crossYear.carry',
  title: 'crossYearCarry',
  severity: 'fail',
  tables: ['applications'],
  messages: ['crossYear.carry', 'crossYear.carryUnverifiable'],
  evaluate(report, options) {
    const previous = options.previousYear;
    if (!previous?.applications || !report.applications) return [];
    return APPLICANT_COLUMNS.map((col): Evaluation => {
      const term = applicationTerm(report, 'carriedOver', col);
      const found = numberOf(term, options);
      const expected = previous.applications?.carriedForward?.[col] ?? null;
      const cells: CellRef[] = [term.ref];
      const data = { col, expected, found, year: previous.report.year };
      if (found === null || expected === null) return { scope: col, outcome: 'review', key: 'crossYear.carryUnverifiable', data, cells };
      return { scope: col, outcome: found === expected ? 'pass' : 'fail', key: 'crossYear.carry', data, expected, found, cells };
    });
  },
};

export const crossYearStock: Rule = {
  id: 'crossYear.stock',
  title: 'crossYearStock',
  severity: 'warn',
  tables: ['activeDisclosure'],
  templates: ['2021', 'mixed'],
  messages: ['crossYear.stock'],
  evaluate(report, options) {
    const previous = options.previousYear?.activeDisclosure as Record<string, Record<string, number | null>> | null | undefined;
    const current = report.activeDisclosure;
    if (!previous || current?.template !== '2021') return [];
    const out: Evaluation[] = [];
    for (const item of ['regulations', 'normativeDocuments'] as const) {
      const values = current.items[item]?.values;
      const [issued, repealed, inForce] = (['issued', 'repealed', 'inForce'] as const).map((field) => (values?.[field]?.status === 'number' ? values[field]!.value : null));
      const before = previous[item]?.inForce ?? null;
      if (issued == null || repealed == null || inForce == null || before === null) continue;
      const expected = before + issued - repealed;
      const cells: CellRef[] = (['inForce', 'issued', 'repealed'] as const).map((col) => ({ table: 'activeDisclosure', row: item, col }));
      const data = { item, before, issued, repealed, expected, found: inForce, year: options.previousYear!.report.year };
      out.push({ scope: item, outcome: inForce === expected ? 'pass' : 'warn', key: 'crossYear.stock', data, expected, found: inForce, cells });
    }
    return out;
  },
};
