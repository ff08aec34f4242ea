// "共收到/新收/受理/接收 政府信息公开申请 X 件" = 一[总计] or 一 + 二: both readings occur in real reports (seeds 001–003,
// 淮安市 2024 "全市共受理…3119件"). Only the 区政府办's count in a government's report (洪泽区 2024) is a review.
import { CLAIM_MESSAGES, claimEvaluations, type ClaimMessages } from '../prose/judge';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '正文“收到申请”件数符合表三的一种读法（新收，或新收 + 上年结转）', en: 'Requests received in the text match a reading of table 3 (new, or new + carried over)' };

export const narrativeReceived = defineRule<ClaimMessages>({
  id: 'narrative.received',
  severity: 'warn',
  table: 'narrative',
  messages: CLAIM_MESSAGES,
  evaluate: (report) => claimEvaluations(report, ['received']),
});
