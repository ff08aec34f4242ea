// "其中自然人 p 件，法人或其他组织 q 件" against row 一、本年新收 (q: the five organisation columns).
// Seed 004: "新收到自然人提交的信息公开申请4件" against 3 自然人 + 1 商业企业.
import { ORGANISATION_COLUMNS } from '../../model/keys';
import { compareClaim, firstNumber, type ClaimData } from '../claims';
import { termAt } from '../terms';
import { defineRule, type Evaluation, type RuleTitle } from '../types';

const NATURAL = /自然人[^。；，,0-9]{0,12}?(\d+)件/;
const ORGANISATION = /法人或其他组织[^。；，,0-9]{0,12}?(\d+)件/;

type Messages = { applicant: ClaimData & { who: 'naturalPerson' | 'organisations' } };

export const title: RuleTitle = { 'zh-CN': '正文申请人类别件数与表三一致', en: 'Applicants by kind in the text match table 3' };

export const narrativeApplicants = defineRule<Messages>({
  id: 'narrative.applicants',
  severity: 'warn',
  table: 'narrative',
  messages: {
    applicant: {
      'zh-CN': (d) => `正文称${d.who === 'naturalPerson' ? '自然人' : '法人或其他组织'}申请 ${d.claimed} 件，表三本年新收中为 ${d.table} 件`,
      en: (d) => `The text says ${d.claimed} from ${d.who === 'naturalPerson' ? 'natural persons' : 'organisations'}; table 3 has ${d.table}`,
    },
  },
  evaluate(report, context) {
    if (!report.applications) return [];
    const claims = [
      { who: 'naturalPerson' as const, pattern: NATURAL, cols: ['naturalPerson'] },
      { who: 'organisations' as const, pattern: ORGANISATION, cols: ORGANISATION_COLUMNS },
    ];
    const out: Evaluation<Messages>[] = [];
    for (const { who, pattern, cols } of claims) {
      const claimed = firstNumber(pattern, report.proseKey);
      const claim = claimed === null ? null : compareClaim(who, claimed, cols.map((col) => termAt(report, 'applications', 'newReceived', col)), context);
      if (claim) out.push({ ...claim, key: 'applicant', data: { ...claim.data, who } });
    }
    return out;
  },
});
