// A row with a cell too few (seed 002: "2.其他法律行政法规禁止公开" has six cells for seven columns). The value is
// null and the columns are never shifted, so the reader checks by hand: review, not fail.
import { colLabel, rowLabel } from '../../i18n/labels';
import { tableCells } from '../../model/cells';
import type { CellRef } from '../../model/parsed';
import { defineRule, PASSED, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '每行单元格齐全', en: 'Every row has all its cells (a missing one is null; columns are never shifted)' };

export const cellMissing = defineRule<{ missing: { cell: CellRef } }>({
  id: 'cell.missing',
  severity: 'review',
  table: (finding) => finding.data.cell.table,
  messages: {
    missing: {
      'zh-CN': (d) => `${rowLabel('zh-CN', d.cell.row)}这一行少一格：${colLabel('zh-CN', d.cell.col)}处没有单元格（未移位补齐，请人工核对）`,
      en: (d) => `${rowLabel('en', d.cell.row)} has a cell too few: no cell for ${colLabel('en', d.cell.col)} (not shifted; check by hand)`,
    },
  },
  evaluate(report) {
    return tableCells(report).map(({ ref, value }) =>
      value.status === 'missing' ? { scope: `${ref.row}.${ref.col}`, outcome: 'broken', key: 'missing', data: { cell: ref }, cells: [ref] } : PASSED,
    );
  },
});
