// "其中自然人 p 件，法人或其他组织 q 件", held to the reading the sentence's total takes (749 = 新收 713 + 结转 36 makes
// 自然人 741 new + carried too); seed 004: "新收到自然人提交的信息公开申请4件" against 3 自然人 + 1 商业企业.
import { CLAIM_MESSAGES, claimEvaluations, type ClaimMessages } from '../prose/judge';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '正文各类申请人件数与表三一致（按总数的读法）', en: 'Applicant types in the text match table 3 (read as their total is read)' };

export const narrativeApplicants = defineRule<ClaimMessages>({
  id: 'narrative.applicants',
  severity: 'warn',
  table: 'narrative',
  messages: CLAIM_MESSAGES,
  evaluate: (report) => claimEvaluations(report, ['applicant']),
});
