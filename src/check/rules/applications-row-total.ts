// 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他, on each body row of 表三.
// The format has no 法人或其他组织 subtotal column (docs/report-format.md, table 三).
import { APPLICANT_COLUMNS, APPLICANT_PARTS, APPLICATION_ROWS } from '../../model/keys';
import { IDENTITY_MESSAGES, evaluateIdentity, type IdentityMessages } from '../identity';
import { termAt } from '../terms';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '表三各行：总计 = 自然人 + 五类法人或其他组织', en: 'Table 3, each of its 25 rows (23 in the 2019 layout): total = natural persons + the five organisation columns' };

export const applicationsRowTotal = defineRule<IdentityMessages>({
  id: 'applications.row-total',
  severity: 'fail',
  table: 'applications',
  messages: IDENTITY_MESSAGES,
  evaluate(report, context) {
    const rows = report.applications?.rows ?? {};
    return APPLICATION_ROWS.filter((row) => rows[row]).map((row) => {
      const term = (col: string) => termAt(report, 'applications', row, col);
      return evaluateIdentity(row, [term('total')], APPLICANT_PARTS.map(term), APPLICANT_COLUMNS.map(term), context);
    });
  },
});
