// Soft check: 现行有效件数 < 本年制发件数 is suspicious (every document issued this year is in force unless it
// was repealed the same year), so warn, not fail. 2021 table 二 only; the 2019 columns mean something else.
import type { CellRef } from '../../model/parsed';
import type { Evaluation, Rule } from '../types';

export const disclosureInForce: Rule = {
  id: 'activeDisclosure.in-force-below-issued',
  title: 'inForce',
  severity: 'warn',
  tables: ['activeDisclosure'],
  templates: ['2021', 'mixed'],
  messages: ['disclosure.inForceBelowIssued'],
  evaluate(report) {
    const disclosure = report.activeDisclosure;
    if (disclosure?.template !== '2021') return [];
    const out: Evaluation[] = [];
    for (const item of ['regulations', 'normativeDocuments'] as const) {
      const values = disclosure.items[item]?.values;
      const issued = values?.issued;
      const inForce = values?.inForce;
      if (issued?.status !== 'number' || inForce?.status !== 'number') continue;
      const cells: CellRef[] = [
        { table: 'activeDisclosure', row: item, col: 'inForce' },
        { table: 'activeDisclosure', row: item, col: 'issued' },
      ];
      const data = { item, issued: issued.value, inForce: inForce.value };
      const outcome = inForce.value! < issued.value! ? 'warn' : 'pass';
      out.push({ scope: item, outcome, key: 'disclosure.inForceBelowIssued', data, expected: issued.value, found: inForce.value, cells });
    }
    return out;
  },
};
