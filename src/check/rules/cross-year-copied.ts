// Copied from last year: table 三 identical to last year's report in every cell. Two years of all-zero tables are
// common for small agencies and prove nothing, so a table of zeros is not compared.
import { APPLICANT_COLUMNS, APPLICATION_ROWS } from '../../model/keys';
import type { Rule } from '../types';

export const crossYearCopied: Rule = {
  id: 'crossYear.copied',
  title: 'crossYearCopied',
  severity: 'warn',
  tables: ['applications'],
  messages: ['crossYear.copied'],
  evaluate(report, options) {
    const previous = options.previousYear?.applications;
    const rows = report.applications?.rows;
    if (!previous || !rows) return [];
    const pairs = APPLICATION_ROWS.flatMap((row) => {
      const now = rows[row];
      const before = previous[row];
      return now && before ? APPLICANT_COLUMNS.map((col) => [now.values[col].value, before[col]] as const) : [];
    });
    if (pairs.every(([now]) => now === null || now === 0)) return [];
    const identical = pairs.every(([now, before]) => now === before);
    const data = { year: options.previousYear!.report.year, cells: pairs.length };
    return [{ scope: 'applications', outcome: identical ? 'warn' : 'pass', key: 'crossYear.copied', data, cells: [] }];
  },
};
