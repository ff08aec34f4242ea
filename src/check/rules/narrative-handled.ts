// "答复/办结 N 件" against 表三 （七）总计, and "含上年结转 Z 件" against 二、上年结转 总计.
import { compareClaim, firstNumber, type ClaimData } from '../claims';
import { termAt } from '../terms';
import { defineRule, type RuleTitle } from '../types';

const HANDLED = /(?:答复|办结)(?:政府信息公开申请|申请)?(\d+)件/;
const CARRIED = /含上年度?结转(?:申请)?(\d+)件/;

export const title: RuleTitle = { 'zh-CN': '正文“办结”“上年结转”件数与表三一致', en: 'Requests answered and carried over in the text match table 3' };

export const narrativeHandled = defineRule<{ handled: ClaimData; carried: ClaimData }>({
  id: 'narrative.handled',
  severity: 'warn',
  table: 'narrative',
  messages: {
    handled: {
      'zh-CN': (d) => `正文称答复/办结 ${d.claimed} 件，表三（七）总计为 ${d.table}，相差 ${Math.abs(d.claimed - d.table)}`,
      en: (d) => `The text says ${d.claimed} answered; table 3 (7) total is ${d.table}`,
    },
    carried: {
      'zh-CN': (d) => `正文称含上年结转 ${d.claimed} 件，表三二、上年结转总计为 ${d.table}`,
      en: (d) => `The text says ${d.claimed} carried over; table 3 II total is ${d.table}`,
    },
  },
  evaluate(report, context) {
    if (!report.applications) return [];
    const handled = firstNumber(HANDLED, report.proseKey);
    const carried = firstNumber(CARRIED, report.proseKey);
    const handledClaim = handled === null ? null : compareClaim('handled', handled, [termAt(report, 'applications', 'totalHandled', 'total')], context);
    const carriedClaim = carried === null ? null : compareClaim('carriedOver', carried, [termAt(report, 'applications', 'carriedOver', 'total')], context);
    return [...(handledClaim ? [{ ...handledClaim, key: 'handled' as const }] : []), ...(carriedClaim ? [{ ...carriedClaim, key: 'carried' as const }] : [])];
  },
});
