// Every count in the three tables is a whole number ≥ 0 (amounts in 万元 and 2019's signed 本年增/减 are not counts).
import { cellLabel } from '../../i18n/labels';
import { tableCells } from '../../model/cells';
import type { CellRef } from '../../model/parsed';
import { valueKind } from '../terms';
import { defineRule, PASSED, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '件数为非负整数', en: 'Counts are whole numbers ≥ 0' };

export const cellNonNegativeInteger = defineRule<{ notInteger: { cell: CellRef; found: number } }>({
  id: 'cell.non-negative-integer',
  severity: 'fail',
  table: (finding) => finding.data.cell.table,
  messages: {
    notInteger: {
      'zh-CN': (d) => `${cellLabel('zh-CN', d.cell)}应为非负整数，实为 ${d.found}`,
      en: (d) => `${cellLabel('en', d.cell)} should be a whole number ≥ 0, found ${d.found}`,
    },
  },
  evaluate(report) {
    return tableCells(report)
      .filter(({ ref, value }) => valueKind(ref) === 'count' && value.status === 'number')
      .map(({ ref, value }) => {
        const found = value.value!;
        if (Number.isInteger(found) && found >= 0) return PASSED;
        return { scope: `${ref.row}.${ref.col}`, outcome: 'broken', key: 'notInteger', data: { cell: ref, found }, found, cells: [ref] };
      });
  },
});
