// The row reader (src/parse/rows.ts) keeps each cell's reading by RawCell.id: these pin that a row's label and values
// come out right, and that cells a producer numbered twice are each read as themselves.
import { describe, expect, it } from 'vitest';
import type { RawCell } from '@/src/model/raw';
import { RowReader } from '@/src/parse/rows';
import { labelKey } from '@/src/text/normalize';

const cell = (id: number, text: string, col: number, row = 0): RawCell => ({ id, text, key: labelKey(text), row, col });

describe('RowReader', () => {
  it('views a table-三 row as its label cells and the values after them, a span counted once', () => {
    // The data area starts at grid column 3: 不详 there is an unreadable value, not more label.
    const label = cell(0, '（一）予以公开', 0);
    const reader = new RowReader();
    const view = reader.viewRow([cell(1, '三、本年度办理结果', 0), label, label, cell(2, '12', 3), cell(3, '—', 4), cell(4, '不详', 5)], 3);
    expect(view.label).toBe('三、本年度办理结果(一)予以公开');
    expect(view.valueCells.map((value) => value.text)).toEqual(['12', '—', '不详']);
    expect(view.valueCells.map((value) => reader.readValue(value))).toEqual([
      { value: 12, status: 'number', cell: 2 },
      { value: null, status: 'blank', cell: 3 },
      { value: null, status: 'unreadable', cell: 4, text: '不详' },
    ]);
  });

  it('reads two cells that share an id each as itself', () => {
    const reader = new RowReader();
    expect(reader.readValue(cell(7, '5', 1))).toEqual({ value: 5, status: 'number', cell: 7 });
    expect(reader.readValue(cell(7, '8', 2))).toEqual({ value: 8, status: 'number', cell: 7 });
    // And a label cell under an id a number had: still a label.
    expect(reader.viewRow([cell(7, '（二）部分公开', 0), cell(8, '3', 1)]).label).toBe('(二)部分公开');
  });
});
