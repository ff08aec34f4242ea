// CellRef → the page's <td>: through the parsed value's cell id, or the row's label cell when the value has no
// cell (a row with a cell too few).
import { valueAt } from '../model/contract';
import type { CellRef, ParsedReport, ParsedRow } from '../model/parsed';

export function cellIdOf(report: ParsedReport, ref: CellRef): number | null {
  const value = valueAt(report, ref);
  if (value?.cell !== undefined && value.cell !== null) return value.cell;
  const rows: Record<string, ParsedRow<string> | undefined> | undefined =
    ref.table === 'applications' ? report.applications?.rows : ref.table === 'activeDisclosure' ? report.activeDisclosure?.items : undefined;
  return rows?.[ref.row]?.labelCell ?? null;
}

export function cellElementOf<T>(report: ParsedReport, ref: CellRef, cells: readonly T[]): T | null {
  const id = cellIdOf(report, ref);
  return id === null ? null : (cells[id] ?? null);
}
