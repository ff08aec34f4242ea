// The central directory of a zip (a .docx is one), read without inflating anything: the declared sizes let a
// zip bomb be refused before a single byte is decompressed (APPNOTE.TXT §4.3.12, §4.3.16).
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

export function zipEntries(bytes: Uint8Array): ZipEntry[] {
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
  const entries: ZipEntry[] = [];
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
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
