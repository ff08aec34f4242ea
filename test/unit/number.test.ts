import { describe, expect, it } from 'vitest';
import { readCellValue } from '@/src/text/number';

describe('readCellValue', () => {
  it.each([
    ['0', 0],
    ['  0', 0],
    ['4669', 4669],
    ['3388.52', 3388.52],
    ['20587.3303', 20587.3303],
    ['１２', 12],
    ['1,234', 1234],
    ['447,228', 447228],
    ['+1036', 1036],
    ['-5', -5],
    ['－5', -5],
    ['15件', 15],
    ['7730.28万元', 7730.28],
    ['3 388', 3388],
  ])('%j reads as %d', (text, value) => {
    expect(readCellValue(text)).toEqual({ kind: 'number', value });
  });

  it('keeps a note after the number', () => {
    expect(readCellValue('22（其中修订16件）')).toEqual({ kind: 'number', value: 22, note: '(其中修订16件)' });
    expect(readCellValue('3件(含上年结转1件)')).toEqual({ kind: 'number', value: 3, note: '(含上年结转1件)' });
  });

  it.each(['', '\u00a0', '\u3000', '—', '——', '-', '/', '无', '–'])('%j is blank, never 0', (text) => {
    expect(readCellValue(text)).toEqual({ kind: 'blank' });
  });

  it.each(['约5', '不详', '1.属于国家秘密', '3.其他', '1,23', '12.5%'])('%j is not a number', (text) => {
    expect(readCellValue(text).kind).toBe('unreadable');
  });
});
