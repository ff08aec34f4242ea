// The one walk over the three tables of a parsed report, and the one lookup by reference. Rules, the JSON builder
// (notes) and the annotator (which <td> a finding names) all read the tables through these.
import type { TableKey } from './keys';
import type { CellRef, ParsedReport, ParsedRow, ParsedValue } from './parsed';

export interface TableCell {
  ref: CellRef & { table: TableKey };
  value: ParsedValue;
  /** The label cell of the row (where a mark goes when the value has no cell of its own). */
  labelCell: number | null;
}

/** A value that is not in the report: its row or table was not found, or the row had a cell too few. */
const ABSENT: ParsedValue = { value: null, status: 'missing', cell: null };

function rowsOf(report: ParsedReport, table: CellRef['table']): Partial<Record<string, ParsedRow<string>>> | undefined {
  if (table === 'activeDisclosure') return report.activeDisclosure?.items;
  if (table === 'applications') return report.applications?.rows;
  if (table === 'reviewLitigation') return report.reviewLitigation ?? undefined;
  return undefined;
}

const TABLE_ORDER: readonly TableKey[] = ['activeDisclosure', 'applications', 'reviewLitigation'];

// Walked by four rules and the JSON builder for the same report: walked once (a parsed report is never changed).
const walks = new WeakMap<ParsedReport, readonly TableCell[]>();

/** Every value of the three tables with its reference, in table order (表二, 表三, 表四; rows as parsed). */
export function tableCells(report: ParsedReport): readonly TableCell[] {
  let walked = walks.get(report);
  if (!walked) walks.set(report, (walked = walkTables(report)));
  return walked;
}

function walkTables(report: ParsedReport): TableCell[] {
  const out: TableCell[] = [];
  for (const table of TABLE_ORDER) {
    for (const [row, parsed] of Object.entries(rowsOf(report, table) ?? {})) {
      if (!parsed) continue;
      for (const [col, value] of Object.entries(parsed.values)) out.push({ ref: { table, row, col }, value, labelCell: parsed.labelCell });
    }
  }
  return out;
}

/** The parsed row a reference points into, if the table has it. */
export function rowAt(report: ParsedReport, ref: CellRef): ParsedRow<string> | undefined {
  return rowsOf(report, ref.table)?.[ref.row];
}

/** The parsed value a reference points at; ABSENT when the table, row or cell is not there. */
export function valueAt(report: ParsedReport, ref: CellRef): ParsedValue {
  return rowAt(report, ref)?.values[ref.col] ?? ABSENT;
}
