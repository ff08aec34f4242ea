// One summary row per input (file, agency, year, template, status, counts per outcome, first problem) and the summary
// CSV for Excel/WPS. The CSV goes through src/export's writer: BOM, quoting and formula neutralising in one place.
import { toCsv, type Cell } from '../export/tables';
import { UI } from '../i18n/ui';
import type { Template } from '../model/keys';
import type { ReportJson } from '../model/schema';
import type { BatchEntry } from './runner';
import { BATCH_STRINGS } from './strings';

export type RowStatus = ReportJson['page']['status'] | 'not-a-report' | 'unreadable';

export interface SummaryRow {
  file: string;
  agency: string | null;
  year: number | null;
  template: Template | null;
  status: RowStatus;
  fail: number;
  warn: number;
  review: number;
  /** In Chinese: the first fail, else warn, else review finding; why the tables were not read; or the file's error. */
  firstProblem: string;
}

const STATUS_REASON: Partial<Record<RowStatus, string>> = {
  'no-html-tables': UI['zh-CN'].noHtmlTables,
  'nonstandard-tables': UI['zh-CN'].nonstandardTables,
  'not-a-report': BATCH_STRINGS['zh-CN'].notReport,
};

const emptyRow = (file: string, status: RowStatus, firstProblem: string): SummaryRow => ({
  file, agency: null, year: null, template: null, status, fail: 0, warn: 0, review: 0, firstProblem,
});

/**
 * The row of a report's contract JSON. A JSON that carries page.error (the command line writes one for a file it could
 * not read, docs/json-contract.md) is an unreadable row with that error; a non-report's has no template.
 */
export function summaryRowOfJson(file: string, json: ReportJson): SummaryRow {
  const { report, summary, findings, page } = json;
  if (page.error) return emptyRow(file, 'unreadable', page.error.message);
  if (page.status === 'not-a-report') return emptyRow(file, 'not-a-report', STATUS_REASON['not-a-report']!);
  const first = (['fail', 'warn', 'review'] as const).map((kind) => findings.find((finding) => finding.outcome === kind)).find(Boolean);
  return {
    file,
    ...report,
    status: page.status,
    fail: summary.fail,
    warn: summary.warn,
    review: summary.review,
    firstProblem: first?.message ?? STATUS_REASON[page.status] ?? '',
  };
}

export function summaryRow(entry: BatchEntry): SummaryRow {
  const { outcome } = entry;
  if (outcome.kind === 'unreadable') return emptyRow(entry.path, 'unreadable', outcome.zh);
  if (outcome.kind === 'not-a-report') return emptyRow(entry.path, 'not-a-report', STATUS_REASON['not-a-report']!);
  return summaryRowOfJson(entry.path, outcome.analysis.json);
}

/** Column order of the CSV and of the batch table. */
export const SUMMARY_COLUMNS = ['file', 'agency', 'year', 'template', 'status', 'fail', 'warn', 'review', 'firstProblem'] as const;
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

export function columnTitle(column: SummaryColumn, locale: 'zh-CN' | 'en'): string {
  const words = BATCH_STRINGS[locale];
  const ui = UI[locale];
  const titles: Record<SummaryColumn, string> = {
    file: words.colFile,
    agency: words.colAgency,
    year: words.colYear,
    template: words.colTemplate,
    status: words.colStatus,
    fail: ui.outcome_fail,
    warn: ui.outcome_warn,
    review: ui.outcome_review,
    firstProblem: words.colFirstProblem,
  };
  return titles[column];
}

/**
 * The summary CSV of both ways in (the checker page's download and the command line's summary.csv): one row per input.
 * Headers in Chinese only, whatever the locale: the 政务公开 offices open it in WPS/Excel, and a fixed header is as
 * stable for a script as a code would be; status and template as the JSON's codes (stable for filters and formulas).
 * A string, BOM first: encode it as UTF-8 to save.
 */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  const header: Cell[] = SUMMARY_COLUMNS.map((column) => columnTitle(column, 'zh-CN'));
  return toCsv([header, ...rows.map((row) => SUMMARY_COLUMNS.map((column): Cell => row[column]))]);
}
