// DOCX → mammoth HTML → the DOM extractor: the same values as the page the document was made from; bad files
// refused with their own message, quickly.
import { describe, expect, it } from 'vitest';
import { adaptDocx, loadDocx } from '@/src/adapters/docx';
import { AdapterError, type DocumentInput } from '@/src/adapters/types';
import { zipEntries } from '@/src/adapters/zip';
import { analyse } from '@/src/pipeline';
import { REAL_DOCUMENTS, expectHandWorkedValues, madeDocument, realDocument } from './documents';
import { fixtureExpected } from './fixtures';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('Word documents made from fixture pages (scripts/make-documents.sh)', () => {
  it.each([
    ['identity-errors', 'identity-errors.docx'],
    ['template-2019', 'template-2019.docx'],
    ['seed-004-weibin-2024', 'seed-004-weibin-2024.docx'],
    ['negative-news', 'not-a-report.docx'],
  ])('%s gives the values of its page', async (name, file) => {
    const adapted = await adaptDocx(madeDocument(file), { parseHtml });
    expect(adapted.source).toEqual({ kind: 'docx', name: file });
    expectHandWorkedValues(analyse(adapted.page), fixtureExpected(name));
  });

  it('points every cell at its element in the shown document', async () => {
    const { document, dom } = await loadDocx(madeDocument('identity-errors.docx'), { parseHtml });
    expect(document.cells.length).toBeGreaterThan(100);
    for (const location of document.cells) {
      expect(location.kind).toBe('element');
      if (location.kind === 'element') expect(dom.contains(location.element)).toBe(true);
    }
  });
});

describe.skipIf(!REAL_DOCUMENTS)('the real 2021 Word template', () => {
  it('keeps every merge of table 三: 28 rows × 10 columns, every value blank', async () => {
    const adapted = await adaptDocx(realDocument('template_2021_format_from_govnianbao.docx'), { parseHtml });
    const table3 = adapted.page.tables.find((table) => table.rows.some((row) => row.some((cell) => cell?.key.includes('本年新收'))));
    expect(table3).toBeDefined();
    expect(table3!.rows.length).toBe(28);
    expect(table3!.width).toBe(10);
    const analysis = analyse(adapted.page)!;
    expect(analysis.json.report.template).toBe('2021');
    const values = Object.values(analysis.json.applications!).flatMap((row) => Object.values(row));
    expect(values).toHaveLength(25 * 7);
    expect(values.every((value) => value === null)).toBe(true);
  });
});

async function errorOf(input: DocumentInput, limits?: Parameters<typeof adaptDocx>[1]['limits']): Promise<AdapterError> {
  const started = performance.now();
  const error = await adaptDocx(input, { parseHtml, limits }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(performance.now() - started).toBeLessThan(3000);
  expect(error).toBeInstanceOf(AdapterError);
  return error as AdapterError;
}

/** A stored (uncompressed) zip whose directory declares `declared` bytes for one entry: what a bomb's directory says. */
function zipDeclaring(name: string, declared: number): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + nameBytes.length);
  const localView = new DataView(local.buffer);
  localView.setUint32(0, 0x04034b50, true);
  localView.setUint32(22, declared, true);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  const centralView = new DataView(central.buffer);
  centralView.setUint32(0, 0x02014b50, true);
  centralView.setUint32(20, 1000, true);
  centralView.setUint32(24, declared, true);
  centralView.setUint16(28, nameBytes.length, true);
  central.set(nameBytes, 46);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, 1, true);
  endView.setUint16(10, 1, true);
  endView.setUint32(12, central.length, true);
  endView.setUint32(16, local.length, true);
  const out = new Uint8Array(local.length + central.length + end.length);
  out.set(local);
  out.set(central, local.length);
  out.set(end, local.length + central.length);
  return out;
}

describe('bad Word files are refused with a clear message', () => {
  it('a legacy .doc (OLE2) gets the advice to save it as .docx', async () => {
    const error = await errorOf(madeDocument('legacy.doc'));
    expect(error.code).toBe('legacy-doc');
    expect(error.zh).toBe('不支持旧版 .doc 格式，请在 Word/WPS 中另存为 .docx 后再核对');
  });
  it('a zip bomb, refused from its directory before anything is inflated', async () => {
    const bomb = zipDeclaring('word/document.xml', 4_000_000_000);
    expect(zipEntries(bomb)).toEqual([{ name: 'word/document.xml', compressedSize: 1000, uncompressedSize: 4_000_000_000 }]);
    const error = await errorOf({ name: 'bomb.docx', bytes: bomb });
    expect(error.code).toBe('too-large');
    expect(error.zh).toContain('压缩炸弹');
  });
  it('a 50 MB file', async () => {
    const bytes = new Uint8Array(50 * 1024 * 1024);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const error = await errorOf({ name: 'huge.docx', bytes });
    expect(error.code).toBe('too-large');
    expect(error.zh).toContain('50 MB');
  });
  it('a zip that is no Word document', async () => expect((await errorOf({ name: 'x.docx', bytes: zipDeclaring('readme.txt', 10) })).code).toBe('unsupported-type'));
  it('a PDF renamed .docx', async () => expect((await errorOf(madeDocument('identity-errors.pdf'))).code).toBe('unsupported-type'));
  it('a cut-off .docx', async () => {
    const whole = madeDocument('identity-errors.docx').bytes;
    expect((await errorOf({ name: 'cut.docx', bytes: whole.slice(0, whole.length / 2) })).code).toBe('corrupt');
  });
});
