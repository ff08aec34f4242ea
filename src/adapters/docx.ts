// DOCX bytes → HTML with mammoth → a Document (parser injected: DOMParser in the browser, linkedom in the CLI) →
// the DOM extractor. mammoth, not docx-preview: mammoth writes Word's vertical merges (vMerge) and grid spans as
// rowspan/colspan, which the extractor already expands; docx-preview keeps every merge-continuation cell in the DOM
// as display:none, which every grid reader would then have to skip. We need the table, not Word's look.
import mammoth from 'mammoth';
import { extractPage } from '../extract/extract';
import { AdapterError, type AdaptedDocument, type DocumentInput } from './types';
import { inflatedSizesMatch, zipEntries } from './zip';

export interface DocxLimits {
  maxBytes: number;
  /** Sum of the sizes the zip directory declares for its files once inflated. */
  maxUncompressedBytes: number;
}
// A report .docx is 20 kB–5 MB (the real 2021 template: 23 kB); pictures make the large ones.
export const DEFAULT_DOCX_LIMITS: DocxLimits = { maxBytes: 30 * 1024 * 1024, maxUncompressedBytes: 200 * 1024 * 1024 };

export interface DocxOptions {
  /** HTML → Document: `new DOMParser().parseFromString(html, 'text/html')` in a page, linkedom in Node. */
  parseHtml: (html: string) => Document;
  limits?: Partial<DocxLimits>;
}

export interface LoadedDocx {
  document: AdaptedDocument;
  /** The HTML shown in the checker page (marks drawn on it by annotate()). */
  html: string;
  /** The Document the cells point into. */
  dom: Document;
}

const MEGABYTE = 1024 * 1024;
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

const ERRORS = {
  legacyDoc: () =>
    new AdapterError('legacy-doc', '不支持旧版 .doc 格式，请在 Word/WPS 中另存为 .docx 后再核对', 'Legacy .doc files are not supported; save it as .docx in Word or WPS, then check it'),
  tooLarge: (bytes: number, limit: number) =>
    new AdapterError('too-large', `文件过大（${Math.round(bytes / MEGABYTE)} MB），超过 ${limit / MEGABYTE} MB 的上限`, `The file is too large (${Math.round(bytes / MEGABYTE)} MB, limit ${limit / MEGABYTE} MB)`),
  bomb: () =>
    new AdapterError('too-large', '此文件解压后过大（可能是压缩炸弹），已拒绝打开', 'This file would inflate to an excessive size (perhaps a zip bomb); it was not opened'),
  notWord: () => new AdapterError('unsupported-type', '此文件不是 Word（.docx）文档', 'This file is not a Word (.docx) document'),
  corrupt: () => new AdapterError('corrupt', '此 Word 文档已损坏，无法打开', 'This Word document is damaged and cannot be opened'),
};

function checkBytes(bytes: Uint8Array, limits: DocxLimits): void {
  if (startsWith(bytes, OLE2_MAGIC)) throw ERRORS.legacyDoc();
  if (bytes.length > limits.maxBytes) throw ERRORS.tooLarge(bytes.length, limits.maxBytes);
  if (!startsWith(bytes, ZIP_MAGIC)) throw ERRORS.notWord();
  const entries = zipEntries(bytes);
  const inflated = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (inflated > limits.maxUncompressedBytes) throw ERRORS.bomb();
  if (!entries.some((entry) => entry.name === 'word/document.xml')) throw ERRORS.notWord();
  if (!inflatedSizesMatch(bytes)) throw ERRORS.bomb();
}

export async function loadDocx(input: DocumentInput, options: DocxOptions): Promise<LoadedDocx> {
  const limits = { ...DEFAULT_DOCX_LIMITS, ...options.limits };
  checkBytes(input.bytes, limits);
  let html: string;
  try {
    const arrayBuffer = input.bytes.slice().buffer;
    // Pictures are left out (never inflated): tables and prose are text, and a picture only costs memory here.
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`; both hand it to JSZip as it is.
    const source = { arrayBuffer, buffer: arrayBuffer } as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(source, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    html = result.value;
  } catch {
    throw ERRORS.corrupt();
  }
  const dom = options.parseHtml(`<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`);
  const url = input.url ?? '';
  const { page, cells } = extractPage(dom, url);
  const source = { kind: 'docx' as const, name: input.name, ...(input.url ? { url: input.url } : {}) };
  return {
    html,
    dom,
    document: {
      source,
      page: { ...page, source },
      cells: cells.map((element) => ({ kind: 'element', element })),
    },
  };
}

/** loadDocx for callers that only need the data (the CLI, tests). */
export async function adaptDocx(input: DocumentInput, options: DocxOptions): Promise<AdaptedDocument> {
  return (await loadDocx(input, options)).document;
}
