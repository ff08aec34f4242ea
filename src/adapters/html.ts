// A saved web page (.html/.htm) → the same RawPage the content script extracts from a live page. The DOM is injected:
// the command line parses with linkedom, the checker page with the browser's DOMParser.
import { extractPage } from '../extract/extract';
import { decodeHtml } from './charset';
import { AdapterError, type AdaptedDocument, type DocumentInput } from './types';

/** Builds a Document from markup; `url` is the page's address when known ('' otherwise). */
export type ParseHtml = (html: string, url: string) => Document;

/** Far beyond any report page (the largest real one seen is ~1 MB); past it the file is refused, not parsed. */
export const MAX_HTML_BYTES = 30 * 1024 * 1024;

/** Browsers mark a saved page with the address it came from: <!-- saved from url=(0047)https://… --> (IE's mark of
 * the web, kept by Chrome's "save as"). It lets relative attachment links resolve as they did online. */
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;

export function savedFromUrl(html: string): string | null {
  const url = SAVED_FROM.exec(html.slice(0, 4096))?.[1];
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** The page as a document, with where it came from: what both the .html and the .mhtml adapters hand over. */
export function adaptMarkup(html: string, input: DocumentInput, parseHtml: ParseHtml): AdaptedDocument {
  const url = input.url ?? savedFromUrl(html) ?? '';
  const extraction = extractPage(parseHtml(html, url), url);
  return {
    source: { kind: 'html', name: input.name, ...(url ? { url } : {}) },
    page: extraction.page,
    cells: extraction.cells.map((element) => ({ kind: 'element', element })),
  };
}

export function tooLarge(limit: number): AdapterError {
  const mb = Math.round(limit / 1024 / 1024);
  return new AdapterError('too-large', `文件超过 ${mb} MB，不像一份年度报告，未读取`, `The file is larger than ${mb} MB, too large for an annual report; it was not read.`);
}

export function adaptHtml(input: DocumentInput, parseHtml: ParseHtml): AdaptedDocument {
  if (input.bytes.length > MAX_HTML_BYTES) throw tooLarge(MAX_HTML_BYTES);
  return adaptMarkup(decodeHtml(input.bytes).text, input, parseHtml);
}
