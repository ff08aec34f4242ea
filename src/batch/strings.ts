// Words of the batch (its summary CSV, its row statuses and errors, and the checker page's batch view), per locale.
// Outcome names and template names come from the popup's words so a report reads the same everywhere.
import type { Locale } from '../i18n/labels';

const zhCN = {
  // Summary CSV columns and the batch table's headers.
  colFile: '文件',
  colAgency: '机关',
  colYear: '年度',
  colTemplate: '格式',
  colStatus: '状态',
  colFirstProblem: '首个问题',
  status: {
    tables: '已核对',
    'no-html-tables': '无统计表',
    'nonstandard-tables': '非标准表格',
    'not-a-report': '非年报',
    unreadable: '无法读取',
  } as Record<string, string>,
  notReport: '不是政府信息公开工作年度报告',
  timeout: (seconds: number) => `超过 ${seconds} 秒仍未读完，已跳过此文件`,
  unreadable: (detail: string) => `无法读取此文件：${detail}`,
  // The batch view.
  folderInput: '选择文件夹…',
  progress: (done: number, total: number) => `已检查 ${done} / ${total} 个文件`,
  cancel: '取消',
  cancelled: (done: number, total: number) => `已取消：检查了 ${done} / ${total} 个文件`,
  finished: (total: number) => `已完成 ${total} 个文件`,
  filterStatus: '状态',
  filterOutcome: '结果',
  filterText: '搜索',
  filterTextPlaceholder: '文件名、机关或问题',
  all: '全部',
  withOutcome: (name: string) => `有${name}`,
  clean: '无问题',
  shown: (shown: number, total: number) => `显示 ${shown} / ${total} 行`,
  downloadCsv: '下载汇总 CSV',
  downloadZip: '下载全部 JSON（zip）',
  tableCaption: '批量核对结果（点击一行查看该报告）',
  open: (file: string) => `查看 ${file} 的核对结果`,
  pairedWith: (file: string) => `已与 ${file} 做跨年核对`,
};

export type BatchStrings = typeof zhCN;

const en: BatchStrings = {
  colFile: 'File',
  colAgency: 'Agency',
  colYear: 'Year',
  colTemplate: 'Template',
  colStatus: 'Status',
  colFirstProblem: 'First problem',
  status: {
    tables: 'Checked',
    'no-html-tables': 'No tables',
    'nonstandard-tables': 'Nonstandard tables',
    'not-a-report': 'Not a report',
    unreadable: 'Unreadable',
  },
  notReport: 'Not an annual government information-disclosure report',
  timeout: (seconds) => `Not read within ${seconds} s; skipped`,
  unreadable: (detail) => `Cannot read this file: ${detail}`,
  folderInput: 'Choose a folder…',
  progress: (done, total) => `Checked ${done} of ${total} files`,
  cancel: 'Cancel',
  cancelled: (done, total) => `Cancelled: ${done} of ${total} files checked`,
  finished: (total) => `${total} files done`,
  filterStatus: 'Status',
  filterOutcome: 'Outcome',
  filterText: 'Search',
  filterTextPlaceholder: 'file, agency or problem',
  all: 'All',
  withOutcome: (name) => `With ${name.toLowerCase()}`,
  clean: 'No problems',
  shown: (shown, total) => `${shown} of ${total} rows shown`,
  downloadCsv: 'Download summary CSV',
  downloadZip: 'Download all JSON (zip)',
  tableCaption: 'Batch results (click a row to see that report)',
  open: (file) => `Show the results of ${file}`,
  pairedWith: (file) => `Checked against ${file} (cross-year)`,
};

export const BATCH_STRINGS: Record<Locale, BatchStrings> = { 'zh-CN': zhCN, en };
