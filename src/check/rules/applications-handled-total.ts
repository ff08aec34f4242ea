// （七）总计 = the sum of the result rows （一）…（六）, per column: 21 rows in the 2021 layout, 19 when （六）
// is a single row (2019 trial format, and 洪泽区 2023 which mixes the two).
import { APPLICANT_COLUMNS, RESULT_ROWS_2019, RESULT_ROWS_2021 } from '../../model/keys';
import { IDENTITY_MESSAGES, evaluateIdentity, type IdentityMessages } from '../identity';
import { termAt } from '../terms';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '表三各列：（七）总计 = （一）至（六）各项之和', en: 'Table 3, per column: (7) total = the sum of the result rows (1)–(6) (21 rows; 19 when (6) is one row)' };

export const applicationsHandledTotal = defineRule<IdentityMessages>({
  id: 'applications.handled-total',
  severity: 'fail',
  table: 'applications',
  messages: IDENTITY_MESSAGES,
  evaluate(report, context) {
    if (!report.applications) return [];
    const results = report.applications.layout === '2019' ? RESULT_ROWS_2019 : RESULT_ROWS_2021;
    return APPLICANT_COLUMNS.map((col) => {
      const parts = results.map((row) => termAt(report, 'applications', row, col));
      const total = termAt(report, 'applications', 'totalHandled', col);
      return evaluateIdentity(col, [total], parts, [...parts, total], context);
    });
  },
});
