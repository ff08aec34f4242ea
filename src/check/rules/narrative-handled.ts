// 答复/办结 Y 件 = （七）总计; 含上年度结转 Z 件 = 二; 另有 W 件顺延到下年度 = 四 (淮安市 2024); 大理州 2023 words them
// "办理完成353件", "结转上年…0件", "结转2024年度继续办理1件".
import { CLAIM_MESSAGES, claimEvaluations, type ClaimMessages } from '../prose/judge';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '正文答复/办结、上年结转、结转下年度件数与表三一致', en: 'Answered, carried over and carried forward in the text match table 3' };

export const narrativeHandled = defineRule<ClaimMessages>({
  id: 'narrative.handled',
  severity: 'warn',
  table: 'narrative',
  messages: CLAIM_MESSAGES,
  evaluate: (report) => claimEvaluations(report, ['handled', 'carriedOver', 'carriedForward']),
});
