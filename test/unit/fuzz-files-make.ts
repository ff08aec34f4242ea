// Bad files made at run time for the file fuzz tests (never committed): mutations of good fixtures, a PDF of any
// number of pages, zip archives whose directory says what we choose, and an MHTML with a huge base64 part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, constants as zlib } from 'node:zlib';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { MADE_DOCUMENTS } from './documents';

export const BATCH_FIXTURES = join(process.cwd(), 'test/fixtures/batch');
export const madeBytes = (name: string) => new Uint8Array(readFileSync(join(MADE_DOCUMENTS, name)));
export const batchBytes = (path: string) => new Uint8Array(readFileSync(join(BATCH_FIXTURES, path)));
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/** What a user or a broken download does to a file. Positions are fractions of the file's length. */
export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; bits: [number, number][] }
  | { kind: 'overwrite'; at: number; bytes: Uint8Array }
  | { kind: 'splice'; at: number; bytes: Uint8Array }
  | { kind: 'zero'; at: number; length: number };

// Uniform over the file (fc.double would mostly give tiny fractions, i.e. byte 0), plus the first and last bytes,
// where the magic numbers, the PDF trailer and the zip directory are.
const uniform = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const fraction = fc.oneof({ arbitrary: uniform, weight: 4 }, { arbitrary: fc.constantFrom(0, 0.999), weight: 1 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('flip' as const), bits: fc.array(fc.tuple(fraction, fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 24 }) }),
  fc.record({ kind: fc.constant('overwrite' as const), at: fraction, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: fraction, bytes: fc.uint8Array({ minLength: 1, maxLength: 512 }) }),
  fc.record({ kind: fc.constant('zero' as const), at: fraction, length: uniform.map((n) => n / 2) }),
);

export function mutate(original: Uint8Array, change: Mutation): Uint8Array {
  const position = (at: number) => Math.floor(at * original.length);
  const bytes = original.slice();
  switch (change.kind) {
    case 'truncate':
      return bytes.slice(0, position(change.at));
    case 'flip':
      for (const [at, bit] of change.bits) bytes[position(at)]! ^= 1 << bit;
      return bytes;
    case 'overwrite':
      bytes.set(change.bytes.subarray(0, bytes.length - position(change.at)), position(change.at));
      return bytes;
    case 'splice': {
      const spliced = new Uint8Array(bytes.length + change.bytes.length);
      spliced.set(bytes.subarray(0, position(change.at)));
      spliced.set(change.bytes, position(change.at));
      spliced.set(bytes.subarray(position(change.at)), position(change.at) + change.bytes.length);
      return spliced;
    }
    case 'zero':
      bytes.fill(0, position(change.at), position(change.at) + Math.floor(change.length * bytes.length));
      return bytes;
  }
}

/** The 8-byte PNG signature and an IHDR chunk: what a picture renamed .pdf starts with. */
export const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]);

/** A valid PDF (PDF 32000-1 §7.5: header, objects, xref with byte offsets, trailer) of `pages` pages of one line each. */
export function pdfOfPages(pages: number): Uint8Array {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const text = `BT /F1 12 Tf 72 720 Td (A plain page of text, number ${page} of ${pages}, with no tables.) Tj ET`;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length + 2} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
    objects.push(`<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(pdf);
}

export interface ZipPart {
  name: string;
  /** Raw DEFLATE data. */
  deflated: Uint8Array;
  /** The size the archive claims the part inflates to (a zip bomb lies here). */
  declaredSize: number;
}

/** A zip header: its fixed fields ([offset, width in bytes, value], little-endian), then the part's name. */
function header(fixedSize: number, fields: [number, 2 | 4, number][], name = new Uint8Array(0)): Uint8Array {
  const bytes = new Uint8Array(fixedSize + name.length);
  const view = new DataView(bytes.buffer);
  for (const [at, width, value] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
  }
  bytes.set(name, fixedSize);
  return bytes;
}

const DEFLATED = 8;
const VERSION = 20;

/** A zip (APPNOTE.TXT §4.3: local headers, central directory, end record) that says exactly what it is told to. */
export function zipOf(parts: ZipPart[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = new TextEncoder().encode(part.name);
    const sizes: [number, 2 | 4, number][] = [[4, 4, part.deflated.length], [8, 4, part.declaredSize], [12, 2, name.length]];
    // The same three fields sit at 18/22/26 in a local header and 20/24/28 in a directory entry.
    const local = header(30, [[0, 4, 0x04034b50], [4, 2, VERSION], [8, 2, DEFLATED], ...sizes.map(([at, width, value]) => [at + 14, width, value] as [number, 2 | 4, number])], name);
    const entry = header(46, [[0, 4, 0x02014b50], [4, 2, VERSION], [6, 2, VERSION], [10, 2, DEFLATED], ...sizes.map(([at, width, value]) => [at + 16, width, value] as [number, 2 | 4, number]), [42, 4, offset]], name);
    locals.push(local, part.deflated);
    directory.push(entry);
    offset += local.length + part.deflated.length;
  }
  const directorySize = directory.reduce((sum, entry) => sum + entry.length, 0);
  const end = header(22, [[0, 4, 0x06054b50], [8, 2, parts.length], [10, 2, parts.length], [12, 4, directorySize], [16, 4, offset]]);
  return concat([...locals, ...directory, end]);
}

export const concat = (chunks: Uint8Array[]) => new Uint8Array(Buffer.concat(chunks));

/** The parts of a good .docx, re-deflated, with their true sizes. */
export function docxParts(name: string): ZipPart[] {
  return Object.entries(unzipSync(madeBytes(name))).map(([part, data]) => ({ name: part, deflated: deflateRawSync(data), declaredSize: data.length }));
}

/**
 * DEFLATE data that inflates to `megabytes` MB of spaces from ~1 kB per MB: one megabyte compressed with a full flush
 * (which resets the window, so the same bytes can follow themselves), repeated, then an empty final block.
 */
export function spacesDeflated(megabytes: number): Uint8Array {
  const megabyte = deflateRawSync(Buffer.alloc(1 << 20, 0x20), { level: 9, finishFlush: zlib.Z_FULL_FLUSH });
  return concat([...Array<Uint8Array>(megabytes).fill(megabyte), deflateRawSync(Buffer.alloc(0))]);
}

/** A single-file page (.mhtml) with the fixture page as its html part and a picture part of `pictureBytes` in base64. */
export function mhtmlWithPicture(pictureBytes: number): Uint8Array {
  const page = new TextDecoder('latin1').decode(batchBytes('mhtml/weibin-2024.mhtml'));
  const boundary = /boundary="([^"]+)"/.exec(page)![1]!;
  const closing = page.lastIndexOf(`--${boundary}--`);
  // 57 bytes are one 76-character base64 line, the width MHTML writers wrap at (RFC 2045 §6.8).
  const base64 = `${Buffer.alloc(57, 0xa5).toString('base64')}\r\n`.repeat(Math.ceil(pictureBytes / 57));
  const picture = `--${boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://www.weibin.gov.cn/big.png\r\n\r\n${base64}\r\n`;
  return latin1(page.slice(0, closing) + picture + page.slice(closing));
}
