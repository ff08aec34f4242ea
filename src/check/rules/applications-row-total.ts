// 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他, on each of the 25 body rows of 表三.
// The format has no 法人或其他组织 subtotal column (report-format.md, table 三).
import { APPLICANT_COLUMNS, APPLICANT_PARTS, APPLICATION_ROWS } from '../../model/keys';
import { applicationTerm, evaluateIdentity } from '../terms';
import type { Rule } from '../types';

export const applicationsRowTotal: Rule = {
  id: 'applications.row-total',
  title: 'rowTotal',
  severity: 'fail',
  tables: ['applications'],
  messages: ['identity.mismatch', 'identity.zeroTotal', 'identity.unverifiable', 'hint.splitDigit'],
  evaluate(report, options) {
    const rows = report.applications?.rows ?? {};
    return APPLICATION_ROWS.filter((row) => rows[row]).map((row) => {
      const term = (col: (typeof APPLICANT_COLUMNS)[number]) => applicationTerm(report, row, col);
      const printed = APPLICANT_COLUMNS.map(term);
      return evaluateIdentity(row, [term('total')], APPLICANT_PARTS.map(term), printed, options);
    });
  },
};
