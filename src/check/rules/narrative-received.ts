// "共收到/新收/受理/接收 政府信息公开申请 X 件" against 表三 一、本年新收 总计 (or 一 + 二: both readings occur).
import { firstNumber } from '../claims';
import { numberOf, termAt } from '../terms';
import { defineRule, type RuleTitle } from '../types';

// Seeds: "全年共收到政府信息公开申请10件", "接受依申请公开0件", "新收到自然人提交的信息公开申请4件";
// 淮安市: "全市共受理政府信息公开申请 3119 件".
const RECEIVED = /(?:收到|新收|受理|接收|接受)[^。；，,0-9]{0,20}?(?:申请|依申请公开)(\d+)件/;

export const title: RuleTitle = { 'zh-CN': '正文“收到申请”件数与表三一致', en: 'Requests received in the text match table 3' };

export const narrativeReceived = defineRule<{ received: { claimed: number; table: number; withCarry: number | null } }>({
  id: 'narrative.received',
  severity: 'warn',
  table: 'narrative',
  messages: {
    received: {
      'zh-CN': (d) => `正文称收到申请 ${d.claimed} 件，表三本年新收总计为 ${d.table}，加上年结转为 ${d.withCarry ?? '?'}，均不一致`,
      en: (d) => `The text says ${d.claimed} requests received; table 3 has ${d.table} new (${d.withCarry ?? '?'} with carry-over)`,
    },
  },
  evaluate(report, context) {
    const claimed = firstNumber(RECEIVED, report.proseKey);
    if (claimed === null || !report.applications) return [];
    const receivedTerm = termAt(report, 'applications', 'newReceived', 'total');
    const carriedTerm = termAt(report, 'applications', 'carriedOver', 'total');
    const received = numberOf(receivedTerm, context);
    const carried = numberOf(carriedTerm, context);
    if (received === null) return [];
    // Both readings occur in real reports: new requests only, or new plus carried over.
    const withCarry = carried === null ? null : received + carried;
    const outcome = claimed === received || claimed === withCarry ? 'pass' : 'broken';
    const data = { claimed, table: received, withCarry };
    return [{ scope: 'received', outcome, key: 'received', data, expected: received, found: claimed, cells: [receivedTerm.ref, carriedTerm.ref] }];
  },
});
