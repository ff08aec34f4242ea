// 收费金额 (万元, 表二) may carry decimals but is never negative.
import { cellLabel } from '../../i18n/labels';
import { tableCells } from '../../model/cells';
import type { CellRef } from '../../model/parsed';
import { valueKind } from '../terms';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '收费金额不为负数', en: 'Fee amount is not negative' };

export const feeNonNegative = defineRule<{ negative: { cell: CellRef; found: number } }>({
  id: 'activeDisclosure.fee-non-negative',
  severity: 'fail',
  table: 'activeDisclosure',
  messages: {
    negative: {
      'zh-CN': (d) => `${cellLabel('zh-CN', d.cell)}不应为负数，实为 ${d.found}`,
      en: (d) => `${cellLabel('en', d.cell)} should not be negative, found ${d.found}`,
    },
  },
  evaluate(report) {
    return tableCells(report)
      .filter(({ ref, value }) => valueKind(ref) === 'amount' && value.status === 'number')
      .map(({ ref, value }) => {
        const found = value.value!;
        return { scope: `${ref.row}.${ref.col}`, outcome: found >= 0 ? 'pass' : 'broken', key: 'negative', data: { cell: ref, found }, found, cells: [ref] };
      });
  },
});
