// Soft check: 现行有效件数 < 本年制发件数 is suspicious (every document issued this year is in force unless it
// was repealed the same year), so warn, not fail. 2021 表二 only; the 2019 columns mean something else.
import { rowLabel } from '../../i18n/labels';
import { numberOf, termAt } from '../terms';
import { defineRule, type Evaluation, type RuleTitle } from '../types';

type Messages = { inForceBelowIssued: { item: string; issued: number; inForce: number } };

export const title: RuleTitle = { 'zh-CN': '现行有效件数不少于本年制发件数', en: 'In force ≥ issued this year' };

export const disclosureInForce = defineRule<Messages>({
  id: 'activeDisclosure.in-force-below-issued',
  severity: 'warn',
  table: 'activeDisclosure',
  layouts: ['2021'],
  messages: {
    inForceBelowIssued: {
      'zh-CN': (d) => `${rowLabel('zh-CN', d.item)}：现行有效件数 ${d.inForce} 少于本年制发件数 ${d.issued}`,
      en: (d) => `${rowLabel('en', d.item)}: ${d.inForce} in force is fewer than ${d.issued} issued this year`,
    },
  },
  evaluate(report, context) {
    const out: Evaluation<Messages>[] = [];
    for (const item of ['regulations', 'normativeDocuments']) {
      const inForceTerm = termAt(report, 'activeDisclosure', item, 'inForce');
      const issuedTerm = termAt(report, 'activeDisclosure', item, 'issued');
      const [inForce, issued] = [numberOf(inForceTerm, context), numberOf(issuedTerm, context)];
      if (inForce === null || issued === null) continue;
      const outcome = inForce < issued ? 'broken' : 'pass';
      out.push({ scope: item, outcome, key: 'inForceBelowIssued', data: { item, issued, inForce }, expected: issued, found: inForce, cells: [inForceTerm.ref, issuedTerm.ref] });
    }
    return out;
  },
});
