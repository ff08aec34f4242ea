// @vitest-environment node
// PDFs → the same tables the HTML renderings of the same reports give (values typed by hand from the pages), and
// every bad file → its own clear error, quickly.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { adaptPdf } from '@/src/adapters/pdf';
import { AdapterError, type DocumentInput } from '@/src/adapters/types';
import { analyse } from '@/src/pipeline';
import { REAL_DOCUMENTS, expectHandWorkedValues, madeDocument, realDocument } from './documents';
import { fixtureExpected } from './fixtures';

describe.skipIf(!REAL_DOCUMENTS)('the three real PDFs', () => {
  it.each([
    ['huaian-city-2024', 'jiangsu_huaian_city_2024.pdf'],
    ['hongze-2023', 'jiangsu_huaian_hongze_2023.pdf'],
    ['hongze-2024', 'jiangsu_huaian_hongze_2024.pdf'],
  ])('%s gives every hand-typed value', async (name, file) => {
    const adapted = await adaptPdf(realDocument(file), { pdfjs });
    expectHandWorkedValues(analyse(adapted.page), fixtureExpected(name));
  });
});

describe('PDFs made from fixture pages (LibreOffice, scripts/make-documents.sh)', () => {
  it.each([
    ['identity-errors', 'identity-errors.pdf'],
    ['template-2019', 'template-2019.pdf'],
    ['seed-004-weibin-2024', 'seed-004-weibin-2024.pdf'],
    ['negative-news', 'not-a-report.pdf'],
  ])('%s gives the values of its page', async (name, file) => {
    const adapted = await adaptPdf(madeDocument(file), { pdfjs });
    expect(adapted.source).toEqual({ kind: 'pdf', name: file });
    expectHandWorkedValues(analyse(adapted.page), fixtureExpected(name));
  });

  it('locates every cell on its page, inside the page', async () => {
    const adapted = await adaptPdf(madeDocument('identity-errors.pdf'), { pdfjs });
    const ids = adapted.page.tables.flatMap((table) => table.rows.flat()).filter((cell) => cell !== null).map((cell) => cell.id);
    expect(new Set(ids).size).toBe(adapted.cells.length);
    for (const location of adapted.cells) {
      if (location.kind !== 'pdf') throw new Error('a PDF cell must have a PDF location');
      expect(location.page).toBeGreaterThanOrEqual(1);
      expect(location.box.x).toBeGreaterThan(0);
      expect(location.box.y).toBeGreaterThan(0);
      expect(location.box.x + location.box.width).toBeLessThan(612);
      expect(location.box.y + location.box.height).toBeLessThan(842);
    }
  });
});

async function errorOf(input: DocumentInput, limits?: Parameters<typeof adaptPdf>[1]['limits']): Promise<AdapterError> {
  const started = performance.now();
  const error = await adaptPdf(input, { pdfjs, limits }).then(
    () => null,
    (caught: unknown) => caught,
  );
  // Never a hang: every refusal comes quickly.
  expect(performance.now() - started).toBeLessThan(5000);
  expect(error).toBeInstanceOf(AdapterError);
  return error as AdapterError;
}

describe('bad PDFs are refused with a clear message', () => {
  it('a scanned report (pictures of pages, no text)', async () => {
    const error = await errorOf(madeDocument('scanned.pdf'));
    expect(error.code).toBe('no-text');
    expect(error.zh).toBe('此 PDF 为扫描图片或文字无法提取，无法自动核对');
  });
  it('a password-protected PDF', async () => expect((await errorOf(madeDocument('encrypted.pdf'))).code).toBe('encrypted'));
  it('a PDF cut off half-way', async () => expect((await errorOf(madeDocument('truncated.pdf'))).zh).toContain('不完整'));
  it('a PDF header around bytes that are no PDF', async () => expect((await errorOf(madeDocument('corrupt.pdf'))).code).toBe('corrupt'));
  it('a PNG picture renamed .pdf', async () => {
    const error = await errorOf(madeDocument('image-renamed.pdf'));
    expect(error.code).toBe('unsupported-type');
    expect(error.zh).toContain('PNG 图片');
  });
  it('an empty file', async () => expect((await errorOf({ name: 'empty.pdf', bytes: new Uint8Array() })).code).toBe('corrupt'));
  it('a file over the size limit, refused before pdf.js sees it', async () => {
    const bytes = new Uint8Array(51 * 1024 * 1024);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect((await errorOf({ name: 'huge.pdf', bytes })).code).toBe('too-large');
  });
  it('a 300-page PDF', async () => {
    const error = await errorOf({ name: 'long.pdf', bytes: blankPagesPdf(300) });
    expect(error.code).toBe('too-large');
    expect(error.zh).toContain('300 页');
  });
  it('a PDF that takes longer than the time limit', async () => {
    const error = await errorOf(madeDocument('seed-004-weibin-2024.pdf'), { timeoutMs: 1 });
    expect(error.code).toBe('timeout');
  });
});

/** A minimal valid PDF of `count` empty pages (PDF 32000-1 §7.5: header, objects, xref, trailer). */
function blankPagesPdf(count: number): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: count }, (_, i) => `${i + 3} 0 R`).join(' ')}] /Count ${count} >>`,
    ...Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
