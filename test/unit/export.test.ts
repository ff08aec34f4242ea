import { describe, expect, it } from 'vitest';
import { toCsv, toTsv } from '@/src/export/tables';

describe('CSV and TSV', () => {
  it('starts CSV with a UTF-8 BOM and quotes what needs quoting', () => {
    expect(toCsv([['表三', '自然人'], ['一、本年新收', 3], ['带,逗号', null]])).toBe('\ufeff表三,自然人\r\n一、本年新收,3\r\n"带,逗号",\r\n');
  });
  it('neutralises text that a spreadsheet would run as a formula, but keeps negative numbers as numbers', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-a', '@b', -2]])).toBe('\ufeff"\'=HYPERLINK(""x"")",\'+1,\'-a,\'@b,-2\r\n');
    expect(toTsv([['=1+1', -5, null]])).toBe("'=1+1\t-5\t\n");
  });
});
