// Reads a report JSON file the user picked (one exported by this extension) and hands it to the background's
// history. Shared by the popup and the options page.
import { browser } from 'wxt/browser';
import { ReportJsonSchema } from '../model/schema';

/** true when the file held a valid report JSON (or an exported history: an array of entries with `report`). */
export async function importReportFile(file: File): Promise<boolean> {
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    return false;
  }
  const candidates = Array.isArray(data) ? data.map((entry) => (entry as { report?: unknown })?.report ?? entry) : [data];
  const reports = candidates.flatMap((candidate) => {
    const parsed = ReportJsonSchema.safeParse(candidate);
    return parsed.success ? [parsed.data] : [];
  });
  for (const report of reports) await browser.runtime.sendMessage({ type: 'nbc:import', report });
  return reports.length > 0;
}
