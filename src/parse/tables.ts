// Tables 二/三/四 located by content, wherever they are: one <table> each, table 二 split into four small
// ones, headings missing or renumbered (docs/report-format.md, "What it is"). Rows are walked in document order and
// each row is claimed by the table its label (or, for table 四, the header above it) belongs to.
import {
  APPLICANT_COLUMNS,
  DISCLOSURE_FIELDS_2019,
  DISCLOSURE_FIELDS_2021,
  REVIEW_BLOCKS,
  REVIEW_COLUMNS,
  type ApplicantColumn,
  type ReviewColumn,
} from '../model/keys';
import type { ActiveDisclosure, Applications, ParsedRow, ReviewLitigation } from '../model/parsed';
import type { RawTable } from '../model/raw';
import {
  APPLICANT_HEADERS,
  APPLICATION_ROW_PATTERNS,
  DISCLOSURE_2019_HEADER,
  DISCLOSURE_2021_HEADER,
  DISCLOSURE_ROW_PATTERNS,
  REVIEW_HEADER,
  matchLabel,
} from './labels';
import { lastColumns, RowReader, type RowView } from './rows';

/** Fewer matched rows than this and a table is not taken for table 三 (a news table mentioning 总计). */
const MIN_APPLICATION_ROWS = 6;
const REVIEW_VALUES = REVIEW_BLOCKS.length * REVIEW_COLUMNS.length;

export interface ParsedTables {
  activeDisclosure: ActiveDisclosure | null;
  applications: Applications | null;
  reviewLitigation: ReviewLitigation | null;
}

/** Grid columns of 自然人…总计 from the header rows, when all seven are readable; else the last seven. */
function applicantColumns(table: RawTable): number[] {
  const found = new Map<ApplicantColumn, number>();
  for (const line of table.rows) {
    for (const cell of line) {
      if (!cell) continue;
      // A lookup, not a pattern per cell: the headers are whole cells, and this visits every cell of every table.
      const key = APPLICANT_HEADERS.get(cell.key);
      if (key && !found.has(key)) found.set(key, cell.col);
    }
  }
  const columns = APPLICANT_COLUMNS.map((key) => found.get(key));
  const readable = columns.every((col, index) => col !== undefined && (index === 0 || col > columns[index - 1]!));
  return readable ? (columns as number[]) : lastColumns(table, APPLICANT_COLUMNS.length);
}

function parseApplications(reader: RowReader, rows: { view: RowView; columns: number[] }[]): Applications | null {
  const parsed: Applications['rows'] = {};
  for (const { view, columns } of rows) {
    const key = matchLabel(APPLICATION_ROW_PATTERNS, view.label);
    if (!key || parsed[key]) continue;
    parsed[key] = { values: reader.assignValues(view, APPLICANT_COLUMNS, columns), labelCell: view.labelCells.at(-1)?.id ?? null };
  }
  if (Object.keys(parsed).length < MIN_APPLICATION_ROWS) return null;
  const layout = parsed['other.all'] && !parsed['other.overdueCorrection'] && !parsed['other.misc'] ? '2019' : '2021';
  return { layout, rows: parsed };
}

function parseDisclosure(reader: RowReader, rows: RowView[], headerText: string): ActiveDisclosure | null {
  const found = rows.map((view) => [matchLabel(DISCLOSURE_ROW_PATTERNS, view.label), view] as const);
  // Two items at least: the old 统计表 has two rows that both name 规范性文件 ("其中：主动公开规范性文件数",
  // "制发规范性文件总数"), and one item named twice is not table 二.
  if (new Set(found.map(([key]) => key).filter((key) => key !== null)).size < 2) return null;
  // The header decides the template; when it is garbled, 行政许可 with three values is the 2019 layout.
  const licensing = found.find(([key]) => key === 'licensing')?.[1];
  const looks2019 = DISCLOSURE_2019_HEADER.test(headerText) || (licensing?.valueCells.length ?? 0) >= 3;
  const template = !DISCLOSURE_2021_HEADER.test(headerText) && looks2019 ? '2019' : '2021';
  const fields: Record<string, readonly string[]> = template === '2019' ? DISCLOSURE_FIELDS_2019 : DISCLOSURE_FIELDS_2021;
  const items: ActiveDisclosure['items'] = {};
  for (const [key, view] of found) {
    if (!key || items[key] || !fields[key]) continue;
    // Table 二 values are read left to right (a 2021 (五)/(六)/(八) row has one value cell spanning three
    // columns); a field without a cell is 'missing'.
    const values = Object.fromEntries(fields[key].map((field, index) => [field, reader.readValue(view.valueCells[index] ?? null)]));
    items[key] = { values, labelCell: view.labelCells.at(-1)?.id ?? null };
  }
  return { template, items };
}

function parseReview(reader: RowReader, row: RowView, table: RawTable): ReviewLitigation {
  const columns = lastColumns(table, REVIEW_VALUES);
  const keys = REVIEW_BLOCKS.flatMap((block) => REVIEW_COLUMNS.map((col) => `${block}.${col}`));
  const flat = reader.assignValues(row, keys, columns);
  const out = {} as ReviewLitigation;
  for (const block of REVIEW_BLOCKS) {
    const values = {} as ParsedRow<ReviewColumn>['values'];
    for (const col of REVIEW_COLUMNS) values[col] = flat[`${block}.${col}`]!;
    out[block] = { values, labelCell: null };
  }
  return out;
}

export function parseTables(tables: readonly RawTable[]): ParsedTables {
  const reader = new RowReader();
  const applicationRows: { view: RowView; columns: number[] }[] = [];
  const disclosureRows: RowView[] = [];
  let disclosureHeader = '';
  let reviewLitigation: ReviewLitigation | null = null;
  // Table 四's header and its value row may sit in different <table>s; the flag carries over.
  let underReviewHeader = false;

  for (const table of tables) {
    const columns = applicantColumns(table);
    for (const line of table.rows) {
      // Table 二 rows carry their label in the first column (信息内容) and values after it.
      const first = line[0];
      if (first && matchLabel(DISCLOSURE_ROW_PATTERNS, first.key)) {
        disclosureRows.push(reader.viewRow(line, first.col + 1, 1));
        continue;
      }
      const view = reader.viewRow(line);
      const inTable3 = reader.viewRow(line, columns[0], APPLICANT_COLUMNS.length);
      if (view.valueCells.length === 0) {
        // A table-三 row whose values all read like words is still a row (its cells are reported unreadable).
        if (inTable3.valueCells.length > 0 && matchLabel(APPLICATION_ROW_PATTERNS, inTable3.label)) {
          applicationRows.push({ view: inTable3, columns });
          continue;
        }
        // A header or caption row: remember what it announces.
        if (REVIEW_HEADER.test(view.label)) underReviewHeader = true;
        if (DISCLOSURE_2021_HEADER.test(view.label) || DISCLOSURE_2019_HEADER.test(view.label)) disclosureHeader += view.label;
        continue;
      }
      if (view.label === '' || REVIEW_HEADER.test(view.label)) {
        if (underReviewHeader && !reviewLitigation && view.valueCells.length >= REVIEW_COLUMNS.length) {
          reviewLitigation = parseReview(reader, view, table);
        }
        continue;
      }
      applicationRows.push({ view: inTable3, columns });
    }
  }
  return {
    activeDisclosure: parseDisclosure(reader, disclosureRows, disclosureHeader),
    applications: parseApplications(reader, applicationRows),
    reviewLitigation,
  };
}
