// A page saved as a single file (.mhtml/.mht, what Chrome's "网页，单个文件" writes): a MIME multipart/related message
// whose first text/html part is the page (quoted-printable or base64, with its charset), the other parts its images,
// styles and frames. Headers are ASCII, so the message is split as latin1 text without touching the part bytes.
import { decodeHtml, decodeStrict, encodingOfLabel } from './charset';
import { adaptMarkup, MAX_HTML_BYTES, tooLarge, type ParseHtml } from './html';
import { AdapterError, type AdaptedDocument, type DocumentInput } from './types';

interface MimePart {
  headers: Map<string, string>;
  body: string;
}

const notMhtml = (why: string, whyEn: string) =>
  new AdapterError('corrupt', `无法读取此 MHTML 文件：${why}`, `This MHTML file cannot be read: ${whyEn}.`);

/** Header block → lower-cased names → values, with folded (indented) continuation lines joined. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function splitHead(text: string): MimePart {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { headers: parseHeaders(text), body: '' };
  return { headers: parseHeaders(text.slice(0, match.index)), body: text.slice(match.index + match[0].length) };
}

/** A parameter of a structured header: `boundary`, `charset`. */
function headerParameter(value: string | undefined, name: string): string | null {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '');
  return match ? (match[1] ?? match[2] ?? null) : null;
}

function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** RFC 2045 quoted-printable: "=" at a line end joins lines, "=XX" is a byte. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  return latin1Bytes(text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}

function decodeBase64(text: string): Uint8Array {
  try {
    // atob is the "forgiving" decoder of both browsers and Node: whitespace and missing padding are accepted.
    return Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
  } catch {
    throw notMhtml('base64 编码的部分已损坏', 'a base64 part is damaged');
  }
}

function partBytes(part: MimePart): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(part.body);
  if (encoding === 'base64') return decodeBase64(part.body);
  return latin1Bytes(part.body);
}

function partsOf(message: string): { top: MimePart; parts: MimePart[] } {
  const top = splitHead(message);
  const boundary = headerParameter(top.headers.get('content-type'), 'boundary');
  if (!boundary) {
    if (!top.headers.has('mime-version') && !top.headers.has('content-type')) {
      throw notMhtml('它不是 MIME 格式（缺少邮件头）', 'it is not a MIME message (no headers)');
    }
    return { top, parts: [top] };
  }
  const delimiter = `--${boundary}`;
  const pieces = top.body.split(delimiter).slice(1);
  const parts: MimePart[] = [];
  for (const piece of pieces) {
    if (piece.startsWith('--')) break; // the closing delimiter
    parts.push(splitHead(piece.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, '')));
  }
  return { top, parts };
}

/** The page's markup: the html part the message names as its snapshot, else the first html part. */
export function mhtmlPage(bytes: Uint8Array): { html: string; url: string | null } {
  if (bytes.length > MAX_HTML_BYTES) throw tooLarge(MAX_HTML_BYTES);
  const { top, parts } = partsOf(new TextDecoder('latin1').decode(bytes));
  const htmlParts = parts.filter((part) => /^text\/html\b/i.test(part.headers.get('content-type') ?? ''));
  const snapshot = top.headers.get('snapshot-content-location');
  const page = htmlParts.find((part) => snapshot && part.headers.get('content-location') === snapshot) ?? htmlParts[0];
  if (!page) throw notMhtml('其中没有网页（text/html）部分', 'it holds no text/html part');
  const body = partBytes(page);
  const label = headerParameter(page.headers.get('content-type'), 'charset');
  const declared = label ? encodingOfLabel(label) : null;
  const html = declared ? decodeStrict(declared, body) : decodeHtml(body).text;
  if (html === null) throw notMhtml(`网页部分声明的编码 ${label} 与内容不符`, `the page part declares ${label} but its bytes are not ${label}`);
  const url = page.headers.get('content-location') ?? snapshot ?? null;
  return { html, url: url && /^https?:\/\//i.test(url) ? url : null };
}

export function adaptMhtml(input: DocumentInput, parseHtml: ParseHtml): AdaptedDocument {
  const { html, url } = mhtmlPage(input.bytes);
  return adaptMarkup(html, { ...input, url: input.url ?? url ?? undefined }, parseHtml);
}
