// Bytes of a saved page → its text. Chinese government sites still serve GBK/GB2312 pages, and a saved page keeps
// their bytes: the encoding comes from a byte-order mark, else the page's own declaration (<meta charset>, or
// http-equiv Content-Type), else detection (valid UTF-8, else GB18030). A file that is not text, or whose bytes do
// not match its encoding, is refused with a message rather than read as garbage.
import { AdapterError } from './types';

/** How far into the file a declaration is looked for (HTML's prescan reads 1024 bytes; Word exports put theirs later). */
const DECLARATION_SCAN_BYTES = 8192;
const BINARY_SCAN_BYTES = 8192;

/** Chinese labels all decode as GB18030, the superset (WHATWG maps gb2312 and gbk to the gbk decoder, itself GB18030's). */
const CHINESE_LABELS = /^(gb2312|gbk|gb18030|x-gbk|gb_2312-80|csgb2312|chinese|iso-ir-58|cp936|ms936|windows-936)$/;

export interface DecodedText {
  text: string;
  /** The TextDecoder encoding used. */
  encoding: string;
  /** Where the encoding came from. */
  by: 'bom' | 'declared' | 'detected';
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** A label as TextDecoder knows it; null for a label it does not know (then the bytes are examined instead). */
export function encodingOfLabel(label: string): string | null {
  const name = label.trim().toLowerCase();
  if (CHINESE_LABELS.test(name)) return 'gb18030';
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

/** The charset a page declares in its first bytes: <meta charset=…> or <meta http-equiv=Content-Type content="…; charset=…">. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_SCAN_BYTES));
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct) return direct[1]!;
  }
  return null;
}

/** The text, or null when the bytes are not valid in `encoding`. */
export function decodeStrict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** NUL bytes or many control characters: an image, a zip or a PDF renamed .html, not a page. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SCAN_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > sample.length / 100;
}

/**
 * Lines that are UTF-8 beside lines that are not: a page assembled from two sources (a UTF-8 template around a GBK
 * article). Each line with non-ASCII bytes votes; a GBK line is almost never valid UTF-8 by chance.
 */
function mixesEncodings(bytes: Uint8Array): boolean {
  let utf8Lines = 0;
  let otherLines = 0;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    start = i + 1;
    if (!line.some((byte) => byte >= 0x80)) continue;
    if (decodeStrict('utf-8', line) !== null) utf8Lines++;
    else otherLines++;
  }
  return utf8Lines >= 2 && otherLines >= 2;
}

const mixedError = () =>
  new AdapterError(
    'corrupt',
    '网页文件混用了两种字符编码（UTF-8 与 GBK），文字无法可靠读取；请用浏览器重新另存为网页后再试',
    'The page mixes two character encodings (UTF-8 and GBK); its text cannot be read reliably. Save the page again from a browser.',
  );

/** The page's text, or an AdapterError saying why it cannot be read as a page. */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding, by: 'bom' };
  if (looksBinary(bytes)) {
    throw new AdapterError(
      'unsupported-type',
      '此文件不是网页：内容为二进制数据（可能是改了扩展名的图片、压缩包或 PDF）',
      'This file is not a web page: its content is binary (perhaps an image, archive or PDF renamed .html).',
    );
  }
  const label = declaredCharset(bytes);
  const declared = label ? encodingOfLabel(label) : null;
  if (declared) {
    const text = decodeStrict(declared, bytes);
    // Valid UTF-8 cannot mix; a GBK declaration must be checked, since GB18030 accepts most UTF-8 byte runs.
    if ((declared !== 'utf-8' || text === null) && mixesEncodings(bytes)) throw mixedError();
    if (text === null) {
      throw new AdapterError(
        'corrupt',
        `网页声明的字符编码是 ${label}，但内容不是有效的 ${label} 文字（编码声明错误或文件已损坏）`,
        `The page declares the character encoding ${label}, but its content is not valid ${label} text (a wrong declaration or a damaged file).`,
      );
    }
    return { text, encoding: declared, by: 'declared' };
  }
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', by: 'detected' };
  if (mixesEncodings(bytes)) throw mixedError();
  const gb18030 = decodeStrict('gb18030', bytes);
  if (gb18030 !== null) return { text: gb18030, encoding: 'gb18030', by: 'detected' };
  throw new AdapterError(
    'corrupt',
    '无法识别网页的字符编码：内容既不是 UTF-8 也不是 GBK/GB18030 文字',
    'The page’s character encoding cannot be recognised: its content is neither UTF-8 nor GBK/GB18030 text.',
  );
}
