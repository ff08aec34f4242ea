// The grid rebuilt from text positions: small item lists laid out as a PDF would draw them.
import { describe, expect, it } from 'vitest';
import { layoutPdf, type PdfPageText, type PositionedText } from '@/src/adapters/pdf-layout';
import type { RawTable } from '@/src/model/raw';
import { parseTables } from '@/src/parse/tables';

const A4 = { width: 595, height: 842 };
/** A text run at (x, baseline y) in a 10 pt table font: CJK glyphs 1 em wide, digits and Latin 0.5 em. */
const widthOf = (text: string, size: number) => [...text].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x80 ? 0.5 : 1) * size, 0);
const at = (text: string, x: number, y: number, size = 10): PositionedText => ({ text, x, y, width: widthOf(text, size), height: size });
/** One table-三 row: its label at x 60 and seven values in columns 40 pt apart from x 300. */
const row = (label: string, y: number, values: (string | null)[]) => [
  ...(label ? [at(label, 60, y)] : []),
  ...values.flatMap((value, index) => (value === null ? [] : [at(value, 300 + index * 40, y)])),
];
const page = (number: number, items: PositionedText[]): PdfPageText => ({ page: number, ...A4, items });
const texts = (table: RawTable) => table.rows.map((line) => line.map((cell) => cell?.text ?? null));
// Body text in a larger font makes the 10 pt tables recognisable as tables.
const prose = (text: string, y: number) => at(text, 60, y, 16);
/** The first paragraph: most of a report's text is body text. */
const BODY = prose('本报告由某县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制，包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。', 800);

describe('layoutPdf', () => {
  it('puts items with one baseline in one row and numbers in the columns their x ranges share', () => {
    const layout = layoutPdf([
      page(1, [prose('某县2023年政府信息公开工作年度报告', 780), ...row('一、本年新收政府信息公开申请数量', 700, ['3', '1', '0', '0', '0', '0', '4']), ...row('二、上年结转政府信息公开申请数量', 680, ['10', '0', '0', '0', '0', '0', '10'])]),
    ]);
    expect(layout.tables).toHaveLength(1);
    expect(texts(layout.tables[0]!)).toEqual([
      ['一、本年新收政府信息公开申请数量', '3', '1', '0', '0', '0', '0', '4'],
      ['二、上年结转政府信息公开申请数量', '10', '0', '0', '0', '0', '0', '10'],
    ]);
    expect(layout.title).toBe('某县2023年政府信息公开工作年度报告');
    expect(layout.prose).toBe('某县2023年政府信息公开工作年度报告');
  });

  it('attaches the lines of a three-line label to the row whose numbers sit between them', () => {
    const layout = layoutPdf([
      page(1, [
        BODY,
        ...row('（一）予以公开', 700, ['1', '0', '0', '0', '0', '0', '1']),
        at('1.申请人无正当理由逾期', 60, 672),
        ...row('不补正、行政机关不再处理', 660, ['2', '0', '0', '0', '0', '0', '2']),
        at('其政府信息公开申请', 60, 648),
      ]),
    ]);
    // Cell text as the DOM extractor gives it (cleanText: NFKC folds （） to ()).
    expect(texts(layout.tables[0]!).map((line) => line[0])).toEqual(['(一)予以公开', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请']);
  });

  it('leaves an empty cell between numbers blank, and does not pad a lone number spanning the columns', () => {
    const layout = layoutPdf([
      page(1, [
        BODY,
        ...[at('规章', 60, 700), at('1', 300, 700), at('5', 380, 700)],
        ...[at('行政规范性文件', 60, 680), at('2', 300, 680), at('0', 340, 680), at('6', 380, 680)],
        // Centred in a cell spanning the three columns (table 二, 2021 template, row （五）).
        ...[at('行政许可', 60, 660), at('447228', 327, 660)],
      ]),
    ]);
    expect(layout.tables[0]!.width).toBe(4);
    expect(texts(layout.tables[0]!)).toEqual([
      ['规章', '1', '', '5'],
      ['行政规范性文件', '2', '0', '6'],
      ['行政许可', null, '447228', null],
    ]);
  });

  it('reads words above the columns as header rows in their columns', () => {
    const layout = layoutPdf([
      page(1, [BODY, at('信息内容', 60, 720), at('本年制发件数', 280, 720), at('现行有效件数', 380, 720), at('规章', 60, 700), at('2', 300, 700), at('7', 400, 700)]),
    ]);
    expect(texts(layout.tables[0]!)).toEqual([
      ['信息内容', '本年制发件数', '现行有效件数'],
      ['规章', '2', '7'],
    ]);
  });

  it('continues a table across a page break and drops the header rows repeated on the next page', () => {
    const header = [at('自然人', 300, 740), at('总计', 540, 740)];
    const layout = layoutPdf([
      page(1, [BODY, ...header, ...row('（一）予以公开', 700, ['1', '0', '0', '0', '0', '0', '1'])]),
      page(2, [...header, ...row('（七）总计', 700, ['1', '0', '0', '0', '0', '0', '1'])]),
    ]);
    expect(layout.tables.map(texts)).toEqual([
      [
        [null, '自然人', null, null, null, null, null, '总计'],
        ['(一)予以公开', '1', '0', '0', '0', '0', '0', '1'],
      ],
      [['(七)总计', '1', '0', '0', '0', '0', '0', '1']],
    ]);
    // Each cell is located on its own page, at the box of its text.
    const total = layout.tables[1]!.rows[0]![7]!;
    expect(layout.cells[total.id]).toEqual({ kind: 'pdf', page: 2, box: { x: 540, y: 700 + 3 - 5, width: 5, height: 10 } });
  });

  it('reads table 四 (fifteen numbers, no label) under its header, as the parser expects', () => {
    const values = Array.from({ length: 15 }, (_, index) => at(String(index % 3), 60 + index * 30, 680));
    const layout = layoutPdf([page(1, [prose('四、政府信息公开行政复议、行政诉讼情况', 760), at('行政复议', 60, 720), at('行政诉讼', 240, 720), ...values])]);
    const parsed = parseTables(layout.tables);
    expect(parsed.reviewLitigation?.review.values.total.value).toBe(1);
    expect(parsed.reviewLitigation?.litigationAfterReview.values.total.value).toBe(2);
    expect(layout.prose).toBe('四、政府信息公开行政复议、行政诉讼情况');
  });

  it('keeps prose numbers in their sentence and drops page numbers', () => {
    const layout = layoutPdf([
      page(1, [prose('全年共收到申请', 700), at('12', 172, 700, 16), at('件，均已答复。', 188, 700, 16), at('- 1 -', 280, 40, 12)]),
    ]);
    expect(layout.tables).toEqual([]);
    expect(layout.prose).toBe('全年共收到申请12件,均已答复。');
  });
});
