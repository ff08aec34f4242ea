// "同意公开答复9件，部分公开答复0件" (答复 inside a group phrase is that group), "予以公开及部分公开208件" (the sum of
// the groups named), in the 总计 column.
import { CLAIM_MESSAGES, claimEvaluations, type ClaimMessages } from '../prose/judge';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '正文办理结果件数与表三该类合计一致', en: 'Result groups in the text match the group sums of table 3' };

export const narrativeResultGroups = defineRule<ClaimMessages>({
  id: 'narrative.result-groups',
  severity: 'warn',
  table: 'narrative',
  messages: CLAIM_MESSAGES,
  evaluate: (report) => claimEvaluations(report, ['resultGroups']),
});
