// Reads a JSON file the user picked (one report exported by this extension, or an exported history: an array of
// entries with `report`) and puts its reports into the history in one queued batch. Shared by the popup and the
// options page.
import { importedReport } from '../history/imported';
import { importReports } from '../history/store';

/** Larger than any exported history the 8 MB limit allows; a bigger file is not read at all. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type ImportResult =
  /** `rejected`: items of the file that are not valid reports (or fail the import checks). */
  | { kind: 'imported'; saved: number; unchanged: number; rejected: number }
  /** Not JSON, too large, or no valid report in it: nothing imported. */
  | { kind: 'invalid' }
  /** Storage refused the write (full, quota): the message says why. */
  | { kind: 'failed'; message: string };

export async function importReportFile(file: File, onProgress?: (done: number, total: number) => void): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) return { kind: 'invalid' };
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    return { kind: 'invalid' };
  }
  const candidates = Array.isArray(data) ? data.map((entry) => (entry as { report?: unknown })?.report ?? entry) : [data];
  const reports = candidates.flatMap((candidate) => importedReport(candidate) ?? []);
  if (reports.length === 0) return { kind: 'invalid' };
  try {
    const outcome = await importReports(reports, onProgress);
    return { kind: 'imported', saved: outcome.saved, unchanged: outcome.unchanged, rejected: candidates.length - reports.length + outcome.skipped };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
