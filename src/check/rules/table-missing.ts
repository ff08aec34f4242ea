// One of 表二/三/四 was not found while another was. Only on pages where some table was read: a page without
// HTML tables says so in its status instead.
import { LABELS } from '../../i18n/labels';
import type { TableKey } from '../../model/keys';
import { defineRule, type RuleTitle } from '../types';

const TABLES: readonly TableKey[] = ['activeDisclosure', 'applications', 'reviewLitigation'];

export const title: RuleTitle = { 'zh-CN': '三张统计表齐全', en: 'All three tables are present' };

export const tableMissing = defineRule<{ missing: { table: TableKey } }>({
  id: 'table.missing',
  severity: 'review',
  table: (finding) => finding.data.table,
  messages: {
    missing: {
      'zh-CN': (d) => `页面上未找到${LABELS['zh-CN'].tables[d.table]}，相关勾稽关系无法核对`,
      en: (d) => `${LABELS.en.tables[d.table]} was not found on the page; its identities cannot be checked`,
    },
  },
  evaluate(report) {
    if (report.status !== 'tables') return [];
    return TABLES.map((table) => ({ scope: table, outcome: report[table] ? 'pass' : 'broken', key: 'missing', data: { table }, cells: [] }));
  },
});
