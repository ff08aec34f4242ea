// A cell that is neither a number nor a blank mark: it cannot be verified, so review, not fail.
import { cellLabel } from '../../i18n/labels';
import { tableCells } from '../../model/cells';
import type { CellRef } from '../../model/parsed';
import { defineRule, PASSED, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '单元格内容可识别为数字', en: 'Every cell reads as a number or a blank' };

export const cellUnreadable = defineRule<{ unreadable: { cell: CellRef; text: string } }>({
  id: 'cell.unreadable',
  severity: 'review',
  table: (finding) => finding.data.cell.table,
  messages: {
    unreadable: {
      'zh-CN': (d) => `${cellLabel('zh-CN', d.cell)}的内容「${d.text}」无法识别为数字`,
      en: (d) => `${cellLabel('en', d.cell)} reads "${d.text}", which is not a number`,
    },
  },
  evaluate(report) {
    return tableCells(report)
      .filter(({ value }) => value.status !== 'missing')
      .map(({ ref, value }) =>
        value.status === 'unreadable'
          ? { scope: `${ref.row}.${ref.col}`, outcome: 'broken', key: 'unreadable', data: { cell: ref, text: value.text ?? '' }, cells: [ref] }
          : PASSED,
      );
  },
});
