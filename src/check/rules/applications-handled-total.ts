// （七）总计 = the sum of the result rows （一）…（六）, per column: 21 rows in the 2021 layout, 19 when （六）
// is a single row (2019 trial format, and 洪泽区 2023 which mixes the two).
import { APPLICANT_COLUMNS, RESULT_ROWS_2019, RESULT_ROWS_2021 } from '../../model/keys';
import { applicationTerm, evaluateIdentity } from '../terms';
import type { Rule } from '../types';

export const applicationsHandledTotal: Rule = {
  id: 'applications.handled-total',
  title: 'handledTotal',
  severity: 'fail',
  tables: ['applications'],
  messages: ['identity.mismatch', 'identity.zeroTotal', 'identity.unverifiable', 'hint.splitDigit'],
  evaluate(report, options) {
    if (!report.applications) return [];
    const results = report.applications.layout === '2019' ? RESULT_ROWS_2019 : RESULT_ROWS_2021;
    return APPLICANT_COLUMNS.map((col) => {
      const parts = results.map((row) => applicationTerm(report, row, col));
      const total = applicationTerm(report, 'totalHandled', col);
      return evaluateIdentity(col, [total], parts, [...parts, total], options);
    });
  },
};
