// A chosen or downloaded file → the adapter for its kind → the analysis. The kind is told by the file's first
// bytes (a report saved under the wrong extension still opens), then by its name.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { loadDocx } from '../adapters/docx';
import { adaptHtml } from '../adapters/html';
import { adaptMhtml } from '../adapters/mhtml';
import { loadPdf, type PdfJs } from '../adapters/pdf';
import { AdapterError, type AdaptedDocument, type DocumentInput } from '../adapters/types';
import { analyse, type Analysis } from '../pipeline';
import type { CheckInput } from '../check/types';

export interface CheckerEnv {
  pdfjs: PdfJs;
  parseHtml: (html: string) => Document;
}

export type LoadedFile =
  | { kind: 'pdf'; document: AdaptedDocument; analysis: Analysis | null; pdf: PDFDocumentProxy }
  | { kind: 'docx' | 'html'; document: AdaptedDocument; analysis: Analysis | null; dom: Document };

const startsWith = (bytes: Uint8Array, text: string) => [...text].every((char, index) => bytes[index] === char.charCodeAt(0));

export function kindOf(input: DocumentInput): 'pdf' | 'docx' | 'html' | 'mhtml' | null {
  if (startsWith(input.bytes, '%PDF')) return 'pdf';
  if (startsWith(input.bytes, 'PK\x03\x04') || startsWith(input.bytes, '\xd0\xcf\x11\xe0')) return 'docx';
  if (/\.pdf$/i.test(input.name)) return 'pdf';
  if (/\.docx?$/i.test(input.name)) return 'docx';
  // Saved pages: the command line's adapters (any charset, MHTML parts), the same ones.
  if (/\.mht(ml)?$/i.test(input.name)) return 'mhtml';
  if (/\.html?$/i.test(input.name)) return 'html';
  return null;
}

export const unsupported = () =>
  new AdapterError('unsupported-type', '不支持此类文件，请选择 PDF 或 Word（.docx）文件', 'This kind of file is not supported; choose a PDF or Word (.docx) file');

export async function loadFile(input: DocumentInput, env: CheckerEnv, options?: CheckInput): Promise<LoadedFile> {
  const kind = kindOf(input);
  if (kind === 'pdf') {
    const { document, pdf } = await loadPdf(input, { pdfjs: env.pdfjs });
    return { kind, document, pdf, analysis: analyse(document.page, options) };
  }
  if (kind === 'docx') {
    const { document, dom } = await loadDocx(input, { parseHtml: env.parseHtml });
    return { kind, document, dom, analysis: analyse(document.page, options) };
  }
  if (kind === 'html' || kind === 'mhtml') {
    let dom: Document | null = null;
    const parseHtml = (html: string) => (dom = env.parseHtml(html));
    const document = (kind === 'html' ? adaptHtml : adaptMhtml)(input, parseHtml);
    return { kind: 'html', document, dom: dom!, analysis: analyse(document.page, options) };
  }
  throw unsupported();
}

const MAX_DOWNLOAD = 50 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 30_000;

/** The last path segment of a URL, as the file's name. */
export const nameOfUrl = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? url);

/** Downloads an attachment (the extension page may, with the origin's permission); never more than 50 MB. */
export async function fetchFile(url: string): Promise<DocumentInput> {
  const response = await fetch(url, { credentials: 'include', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_DOWNLOAD) throw new AdapterError('too-large', '文件过大，超过 50 MB 的上限', 'The file is over the 50 MB limit');
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_DOWNLOAD) throw new AdapterError('too-large', '文件过大，超过 50 MB 的上限', 'The file is over the 50 MB limit');
  return { name: nameOfUrl(url), bytes, url };
}
