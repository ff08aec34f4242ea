import { labelKey } from './normalize';

/** What one table cell holds, read like a reviewer reads it. */
export type CellValue =
  | { kind: 'number'; value: number; note?: string }
  | { kind: 'blank' } // empty, a dash, "/", "无": not a zero (docs/report-format.md, "Blank is not zero")
  | { kind: 'unreadable'; text: string };

// Dashes and the like that real pages write for "nothing here" (docs/report-format.md, quirk 5).
const BLANK_MARKS = new Set(['', '-', '--', '—', '——', '–', '―', '/', '\\', '无', '空', '×', 'x', 'X', '…']);
// Units a cell may carry after its number ("4件", "3388.52万元").
const UNIT_PREFIX = /^(件|条|个|项|次|家|人|万元|元|份)/;
const LEADING_NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

export function readCellValue(raw: string): CellValue {
  return readCellKey(labelKey(raw), raw);
}

/** readCellValue for text already in labelKey() form (extraction computes it once per cell). */
export function readCellKey(key: string, raw: string): CellValue {
  const text = key.replace(/[−﹣－]/g, '-');
  if (BLANK_MARKS.has(text)) return { kind: 'blank' };
  const match = LEADING_NUMBER.exec(text);
  if (!match) return { kind: 'unreadable', text: raw.trim() };
  const [whole, sign, integer = '', fraction] = match;
  const magnitude = Number(integer.replace(/,/g, '') + (fraction ? `.${fraction}` : ''));
  const value = sign === '-' ? -magnitude : magnitude;
  const rest = text.slice(whole.length);
  // "22（其中修订16件）" → 22 with the note kept (docs/report-format.md, quirk 5). Only a bracketed note counts:
  // "3.其他" or "1.属于国家秘密" are labels, and "1,23" is not a number we would dare to guess.
  const note = rest.replace(UNIT_PREFIX, '');
  if (note === '') return { kind: 'number', value };
  if (!note.startsWith('(') && !note.startsWith('[')) return { kind: 'unreadable', text: raw.trim() };
  return { kind: 'number', value, note };
}
