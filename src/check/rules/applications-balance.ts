// 一（新收）+ 二（上年结转）= （七）总计 + 四（结转下年度）, per column: the printed note says 本列数据的勾稽关系
// (docs/report-format.md, identities). The wrong value is reported on （七）总计, the cell most often left unfilled.
import { APPLICANT_COLUMNS } from '../../model/keys';
import { IDENTITY_MESSAGES, evaluateIdentity, type IdentityMessages } from '../identity';
import { termAt } from '../terms';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '表三各列：一 + 二 = （七）总计 + 四', en: 'Table 3, per column: I new + II carried over = (7) total + IV carried forward' };

export const applicationsBalance = defineRule<IdentityMessages>({
  id: 'applications.balance',
  severity: 'fail',
  table: 'applications',
  messages: IDENTITY_MESSAGES,
  evaluate(report, context) {
    if (!report.applications) return [];
    return APPLICANT_COLUMNS.map((col) => {
      const [received, carried, handled, forward] = ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].map((row) => termAt(report, 'applications', row, col));
      return evaluateIdentity(col, [handled!, forward!], [received!, carried!], [received!, carried!, handled!, forward!], context);
    });
  },
});
