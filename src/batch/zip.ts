// All JSON files of a batch in one zip. fflate's streaming Zip with ZipDeflate: synchronous per file (no worker: its
// async API spawns blob: workers, which an MV3 extension page refuses), so we yield to the event loop between files
// and the page stays responsive while a thousand reports are packed.
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { ReportJsonSchema } from '../model/schema';
import type { BatchEntry } from './runner';

export interface ZipFile {
  /** The input's path as chosen; becomes `<path>.json` inside the zip. */
  path: string;
  text: string;
}

// Characters Windows refuses in a file name, and control characters, become "_".
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f<>:"|?*]/g;

/**
 * `<input path>.json` for each path, safe to extract anywhere: "/" as the only separator, no absolute path, no "." or
 * ".." segment, no characters Windows refuses; unique even on a case-insensitive disk (a second "a.pdf" becomes
 * "a.pdf (2).json").
 */
export function zipEntryNames(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((path) => {
    const segments = path
      .split(/[\\/]+/)
      .map((segment) => segment.replace(UNSAFE_CHARACTERS, '_').trim())
      .filter((segment) => segment !== '' && !/^\.+$/.test(segment));
    const stem = segments.join('/') || 'file';
    let name = `${stem}.json`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n}).json`;
    taken.add(name.toLowerCase());
    return name;
  });
}

const FILES_BETWEEN_YIELDS = 20;

export async function zipTexts(files: readonly ZipFile[]): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const names = zipEntryNames(files.map((file) => file.path));
  for (const [index, file] of files.entries()) {
    const entry = new ZipDeflate(names[index]!, { level: 6 });
    zip.add(entry);
    entry.push(strToU8(file.text), true);
    if (index % FILES_BETWEEN_YIELDS === FILES_BETWEEN_YIELDS - 1) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  zip.end();
  if (failure) throw failure;
  const bytes = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** The contract JSON of every input that was read as a report, named by its input path; validated here, where it
 *  leaves the extension (src/report/json.ts). */
export function reportJsonFiles(entries: readonly BatchEntry[]): ZipFile[] {
  return entries.flatMap(({ path, outcome }) =>
    outcome.kind === 'report' ? [{ path, text: JSON.stringify(ReportJsonSchema.parse(outcome.analysis.json), null, 2) }] : [],
  );
}
