// The three tables as rows of cells for CSV and TSV, with the printed Chinese labels (or English ones).
import { APPLICANT_COLUMNS, REVIEW_BLOCKS, REVIEW_COLUMNS } from '../model/keys';
import type { ReportJson } from '../model/schema';
import { LABELS, colLabel, rowLabel, type Locale } from '../i18n/labels';

export type Cell = string | number | null;

export function tableRows(json: ReportJson, locale: Locale): Cell[][] {
  const rows: Cell[][] = [];
  const names = LABELS[locale].tables;
  if (json.activeDisclosure) {
    rows.push([names.activeDisclosure]);
    for (const [item, fields] of Object.entries(json.activeDisclosure)) {
      for (const [field, value] of Object.entries(fields as Record<string, number | null>)) {
        rows.push([rowLabel(locale, item), colLabel(locale, field), value]);
      }
    }
    rows.push([]);
  }
  if (json.applications) {
    rows.push([names.applications, ...APPLICANT_COLUMNS.map((col) => colLabel(locale, col))]);
    for (const [row, values] of Object.entries(json.applications)) {
      if (values) rows.push([rowLabel(locale, row), ...APPLICANT_COLUMNS.map((col) => values[col])]);
    }
    rows.push([]);
  }
  if (json.reviewLitigation) {
    rows.push([names.reviewLitigation, ...REVIEW_COLUMNS.map((col) => colLabel(locale, col))]);
    for (const block of REVIEW_BLOCKS) rows.push([rowLabel(locale, block), ...REVIEW_COLUMNS.map((col) => json.reviewLitigation![block][col])]);
  }
  return rows;
}

/** A text cell that a spreadsheet would run as a formula is prefixed with ' (CSV injection); numbers stay numbers. */
function neutralise(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(rows: Cell[][]): string {
  const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  // UTF-8 BOM: Excel and WPS read a BOM-less CSV as the local code page and garble Chinese.
  return '\ufeff' + rows.map((row) => row.map((cell) => quote(neutralise(cell))).join(',')).join('\r\n') + '\r\n';
}

export function toTsv(rows: Cell[][]): string {
  return rows.map((row) => row.map((cell) => neutralise(cell).replace(/[\t\r\n]+/g, ' ')).join('\t')).join('\n') + '\n';
}
