// A grid row seen as a reviewer sees it: the label (the text of its leading label cells, span copies counted once)
// and the value cells after it.
import type { ParsedValue } from '../model/parsed';
import type { RawCell, RawTable } from '../model/raw';
import { hasHan } from '../text/normalize';
import { readCellKey, type CellValue } from '../text/number';

export interface RowView {
  /** labelKey() of the label cells joined: "三、本年度办理结果(三)不予公开1.属于国家秘密". */
  label: string;
  labelCells: RawCell[];
  valueCells: RawCell[];
}

/**
 * Reads the rows of one page's tables. Each cell is read once: a row is viewed twice (as any table's row and as
 * table 三's) and its values read after. The readings are kept by RawCell.id, which indexes the page's cells: an
 * array lookup where a WeakMap keyed by the cell cost a seventh of the analysis (scripts/profile-analysis.mjs,
 * paired with the checkout before: 1.40 → 1.14 ms of CPU per report). A cell that is not the one read under its
 * id is read afresh, so a producer that numbered its cells twice gets slower answers, never wrong ones.
 */
export class RowReader {
  private readonly cells: RawCell[] = [];
  private readonly readings: CellValue[] = [];

  private readingOf(cell: RawCell): CellValue {
    if (this.cells[cell.id] === cell) return this.readings[cell.id]!;
    const read = readCellKey(cell.key, cell.text);
    this.cells[cell.id] = cell;
    this.readings[cell.id] = read;
    return read;
  }

  private isLabelCell(cell: RawCell): boolean {
    return hasHan(cell.key) && this.readingOf(cell).kind === 'unreadable';
  }

  /**
   * `dataStart`: the first grid column of the data area when the row's table is known. A cell there is a value
   * even when it reads like words ("不详"): it is reported as unreadable, never swallowed into the label.
   * Unless a full row of `valueCount` values follows it: then a too-long rowspan above pushed the label right.
   */
  viewRow(line: readonly (RawCell | null)[], dataStart = Infinity, valueCount = 0): RowView {
    const distinct: RawCell[] = [];
    for (const cell of line) if (cell && distinct[distinct.length - 1] !== cell) distinct.push(cell);
    let lastLabel = -1;
    distinct.forEach((cell, index) => {
      if (cell.col < dataStart && this.isLabelCell(cell)) lastLabel = index;
    });
    while (lastLabel + 1 < distinct.length && this.isLabelCell(distinct[lastLabel + 1]!) && distinct.length - (lastLabel + 2) >= valueCount) {
      lastLabel++;
    }
    const labelCells = distinct.slice(0, lastLabel + 1);
    return {
      label: labelCells.map((cell) => cell.key).join(''),
      labelCells,
      valueCells: distinct.slice(lastLabel + 1),
    };
  }

  readValue(cell: RawCell | null): ParsedValue {
    if (!cell) return { value: null, status: 'missing', cell: null };
    const read = this.readingOf(cell);
    if (read.kind === 'number') {
      return read.note ? { value: read.value, status: 'number', cell: cell.id, text: cell.text } : { value: read.value, status: 'number', cell: cell.id };
    }
    if (read.kind === 'blank') return { value: null, status: 'blank', cell: cell.id };
    return { value: null, status: 'unreadable', cell: cell.id, text: read.text };
  }

  /**
   * The row's values for `keys` (printed order). With at least as many value cells as keys, the rightmost ones are
   * taken in order (seed 003 has rows shifted by a wrong span). With fewer, each cell goes to the column its grid
   * position says (`columns`, one grid column per key) and a column without a cell is 'missing', never shifted (seed 002).
   */
  assignValues<K extends string>(view: RowView, keys: readonly K[], columns: readonly number[]): Record<K, ParsedValue> {
    const out = {} as Record<K, ParsedValue>;
    if (view.valueCells.length >= keys.length) {
      const cells = view.valueCells.slice(view.valueCells.length - keys.length);
      keys.forEach((key, index) => (out[key] = this.readValue(cells[index] ?? null)));
      return out;
    }
    keys.forEach((key, index) => {
      const cell = view.valueCells.find((candidate) => candidate.col === columns[index]) ?? null;
      out[key] = this.readValue(cell);
    });
    return out;
  }
}

/** Grid columns of the last `count` columns of a table: the fixed order from the right. */
export function lastColumns(table: RawTable, count: number): number[] {
  return Array.from({ length: count }, (_, index) => table.width - count + index);
}
