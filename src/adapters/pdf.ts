// PDF bytes → AdaptedDocument with pdf.js. The pdf.js module is injected: the extension page passes the browser
// build with its packaged worker, the CLI and the tests pass the legacy build for Node. Nothing here fetches.
import type { PDFDocumentProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import { layoutPdf, type PdfPageText } from './pdf-layout';
import { AdapterError, type AdaptedDocument, type DocumentInput } from './types';

/** What this adapter needs of pdf.js (`import * as pdfjs from 'pdfjs-dist'` or its legacy build). */
export interface PdfJs {
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    stopAtErrors?: boolean;
    verbosity?: number;
  }): { promise: Promise<PDFDocumentProxy>; destroy(): Promise<void> };
}

export interface PdfLimits {
  maxBytes: number;
  maxPages: number;
  /** Opening and reading every page's text, in milliseconds. */
  timeoutMs: number;
}
// A report is 4–15 pages and well under 10 MB (the real ones: 5–6 pages, 0.2–0.4 MB).
export const DEFAULT_PDF_LIMITS: PdfLimits = { maxBytes: 50 * 1024 * 1024, maxPages: 100, timeoutMs: 30_000 };

export interface PdfOptions {
  pdfjs: PdfJs;
  limits?: Partial<PdfLimits>;
}

export interface LoadedPdf {
  document: AdaptedDocument;
  /** Kept open for rendering the pages; the caller destroys it. */
  pdf: PDFDocumentProxy;
}

const MEGABYTE = 1024 * 1024;
const ERRORS = {
  notPdf: (what: string, whatEn: string) =>
    new AdapterError('unsupported-type', `此文件不是 PDF（${what}），请选择年报的 PDF 或 Word 文件`, `This file is not a PDF (${whatEn}); choose the report's PDF or Word file`),
  corrupt: () => new AdapterError('corrupt', '此 PDF 文件已损坏，无法打开', 'This PDF file is damaged and cannot be opened'),
  truncated: () =>
    new AdapterError('corrupt', '此 PDF 文件不完整（可能未下载完），请重新下载后再核对', 'This PDF file is incomplete (perhaps not fully downloaded); download it again'),
  encrypted: () => new AdapterError('encrypted', '此 PDF 设有打开密码，无法自动核对', 'This PDF is password-protected and cannot be checked'),
  tooLarge: (bytes: number, limit: number) =>
    new AdapterError('too-large', `文件过大（${Math.round(bytes / MEGABYTE)} MB），超过 ${limit / MEGABYTE} MB 的上限`, `The file is too large (${Math.round(bytes / MEGABYTE)} MB, limit ${limit / MEGABYTE} MB)`),
  tooManyPages: (pages: number, limit: number) =>
    new AdapterError('too-large', `此 PDF 有 ${pages} 页，超过 ${limit} 页的上限，不像一份年报`, `This PDF has ${pages} pages, over the limit of ${limit}; it is not a report`),
  timeout: (ms: number) => new AdapterError('timeout', `读取此 PDF 超过 ${ms / 1000} 秒，已停止`, `Reading this PDF took over ${ms / 1000} s and was stopped`),
  noText: () => new AdapterError('no-text', '此 PDF 为扫描图片或文字无法提取，无法自动核对', 'This PDF is a scanned image or its text cannot be extracted; it cannot be checked automatically'),
};

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** Files renamed .pdf that a user is likely to pick, told apart by their first bytes. */
function notPdfKind(bytes: Uint8Array): [string, string] | null {
  const head = ascii(bytes, 0, 8);
  if (head.startsWith('\x89PNG')) return ['PNG 图片', 'a PNG image'];
  if (head.startsWith('\xff\xd8\xff')) return ['JPEG 图片', 'a JPEG image'];
  if (head.startsWith('GIF8')) return ['GIF 图片', 'a GIF image'];
  if (head.startsWith('PK\x03\x04')) return ['压缩包或 Word 文档', 'a zip archive or Word document'];
  if (head.startsWith('\xd0\xcf\x11\xe0')) return ['旧版 Office 文档', 'a legacy Office document'];
  return null;
}

function checkBytes(bytes: Uint8Array, limits: PdfLimits): void {
  if (bytes.length > limits.maxBytes) throw ERRORS.tooLarge(bytes.length, limits.maxBytes);
  const kind = notPdfKind(bytes);
  if (kind) throw ERRORS.notPdf(...kind);
  // The header may follow a little junk (PDF 32000-1 §7.5.2 readers allow it; real files from some portals have it).
  if (!ascii(bytes, 0, Math.min(bytes.length, 1024)).includes('%PDF-')) throw ERRORS.corrupt();
  // Every complete PDF ends with %%EOF (after an incremental update too); a cut download does not.
  if (!ascii(bytes, Math.max(0, bytes.length - 1024), bytes.length).includes('%%EOF')) throw ERRORS.truncated();
}

// Text a person can read in a Chinese report: Han, ASCII, CJK and full-width punctuation, general punctuation.
const READABLE = /[\u3400-\u9fff\u0020-\u007e\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00b7\u00a0]/u;
// What a font without a Unicode map gives: private-use code points, U+FFFD, control characters.
const BROKEN = /[\ue000-\uf8ff\ufffd\u0000-\u0008\u000e-\u001f]/u;
const MIN_CHARS_PER_PAGE = 20;
const MIN_READABLE_SHARE = 0.85;
const MAX_BROKEN_SHARE = 0.01;

/** Scanned pages have no text; garbled fonts give broken or unreadable characters. Never guess from either. */
export function isUsableText(pages: PdfPageText[]): boolean {
  let total = 0;
  let readable = 0;
  let broken = 0;
  for (const page of pages) {
    for (const item of page.items) {
      for (const char of item.text.replace(/\s+/g, '')) {
        total++;
        if (READABLE.test(char)) readable++;
        if (BROKEN.test(char)) broken++;
      }
    }
  }
  if (total < MIN_CHARS_PER_PAGE * pages.length) return false;
  return readable / total >= MIN_READABLE_SHARE && broken / total <= MAX_BROKEN_SHARE;
}

async function pageTexts(pdf: PDFDocumentProxy): Promise<PdfPageText[]> {
  const pages: PdfPageText[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items = (content.items as TextItem[])
      .filter((item) => typeof item.str === 'string' && item.str !== '')
      .map((item) => ({ text: item.str, x: item.transform[4]!, y: item.transform[5]!, width: item.width, height: item.height }));
    pages.push({ page: number, width: width! - page.view[0]!, height: height! - page.view[1]!, items });
    page.cleanup();
  }
  return pages;
}

function classify(error: unknown): AdapterError {
  if (error instanceof AdapterError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return ERRORS.encrypted();
  return ERRORS.corrupt();
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(ERRORS.timeout(ms));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Opens the PDF, reads its tables and prose; the pdf.js document stays open for rendering. */
export async function loadPdf(input: DocumentInput, options: PdfOptions): Promise<LoadedPdf> {
  const limits = { ...DEFAULT_PDF_LIMITS, ...options.limits };
  checkBytes(input.bytes, limits);
  // pdf.js hands the buffer to its worker (detaching it): give it a copy so the caller keeps the file.
  const task = options.pdfjs.getDocument({ data: input.bytes.slice(), isEvalSupported: false, verbosity: 0 });
  let pdf: PDFDocumentProxy | undefined;
  const work = (async () => {
    pdf = await task.promise;
    if (pdf.numPages > limits.maxPages) throw ERRORS.tooManyPages(pdf.numPages, limits.maxPages);
    const pages = await pageTexts(pdf);
    if (!isUsableText(pages)) throw ERRORS.noText();
    return layoutPdf(pages);
  })();
  try {
    const layout = await withTimeout(work, limits.timeoutMs, () => void task.destroy());
    const source = { kind: 'pdf' as const, name: input.name, ...(input.url ? { url: input.url } : {}) };
    const page = { url: input.url ?? '', title: layout.title, headlines: layout.headlines, prose: layout.prose, tables: layout.tables, attachments: [], images: 0, source };
    return {
      pdf: pdf!,
      document: {
        source,
        page,
        cells: layout.cells,
      },
    };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw classify(error);
  }
}

/** loadPdf for callers that only need the data (the CLI, tests). */
export async function adaptPdf(input: DocumentInput, options: PdfOptions): Promise<AdaptedDocument> {
  const { document, pdf } = await loadPdf(input, options);
  await pdf.destroy();
  return document;
}
