// The central directory of a zip (a .docx is one), read without inflating anything: the declared sizes let a
// zip bomb be refused before a single byte is decompressed (APPNOTE.TXT §4.3.12, §4.3.16).
import { Inflate } from 'fflate';
import { AdapterError } from './types';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** ZIP64 marks sizes it moved elsewhere with 0xFFFFFFFF; a Word document never needs ZIP64. */
const ZIP64_MARK = 0xffffffff;

const notZip = () => new AdapterError('corrupt', '此文件已损坏或不是 Word（.docx）文档', 'This file is damaged or is not a Word (.docx) document');

/** A directory entry with where its data is: what checking the real inflated size needs. */
interface StoredEntry extends ZipEntry {
  method: number;
  localHeader: number;
}

export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  return storedEntries(bytes).map(({ name, compressedSize, uncompressedSize }) => ({ name, compressedSize, uncompressedSize }));
}

function storedEntries(bytes: Uint8Array): StoredEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - END_RECORD_SIZE; at >= Math.max(0, bytes.length - END_RECORD_SIZE - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notZip();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: StoredEntry[] = [];
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw notZip();
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw notZip();
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      compressedSize,
      uncompressedSize: compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK ? Infinity : uncompressedSize,
      method: view.getUint16(at + 10, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const DEFLATE = 8;
const LOCAL_HEADER = 0x04034b50;
/** Small steps, so that one step inflates at most ~4 MB (deflate's ratio is at most ~1032:1). */
const INFLATE_STEP = 4096;

class InflatedTooLarge extends Error {}

/**
 * The declared sizes can lie: a 1 MB file that declares 1 kB for a part inflating to 1 GB passes the directory check,
 * and the zip reader mammoth uses (JSZip) inflates the whole part before it compares sizes (measured: 1.1 GB of
 * memory, 2.8 s; a 30 MB file would take the tab down). So every deflated part is inflated here first, in small
 * steps, and refused as soon as it outgrows what its entry declares. Returns false for such a lying entry.
 */
export function inflatedSizesMatch(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of storedEntries(bytes)) {
    if (entry.method !== DEFLATE) continue;
    const at = entry.localHeader;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw notZip();
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw notZip();
    let inflated = 0;
    const inflate = new Inflate((chunk) => {
      inflated += chunk.length;
      if (inflated > entry.uncompressedSize) throw new InflatedTooLarge();
    });
    try {
      for (let offset = start; offset < end; offset += INFLATE_STEP) {
        inflate.push(bytes.subarray(offset, Math.min(end, offset + INFLATE_STEP)), offset + INFLATE_STEP >= end);
      }
    } catch (error) {
      if (error instanceof InflatedTooLarge) return false;
      throw notZip();
    }
  }
  return true;
}
