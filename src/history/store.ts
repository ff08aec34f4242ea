// The local history of checked reports: browser.storage.local only, never sent anywhere. Typed and versioned with
// WXT's storage items (their version/migrations mechanism) and validated with zod on every read: an entry that does
// not parse is dropped, not trusted.
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { ReportJsonSchema, type ReportJson } from '../model/schema';
import { normalizeAgency, sameAgency } from './agency';

export const HistoryEntrySchema = z.object({
  id: z.string(),
  url: z.string(),
  savedAt: z.string(),
  /** normalizeAgency(report.agency): what cross-year matching compares. */
  agencyKey: z.string(),
  /** Added by importing an exported file rather than by visiting the page. */
  imported: z.boolean(),
  report: ReportJsonSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** Version 1 (0.1.0 development builds) stored { url, time, json } without the normalised agency. */
interface EntryV1 {
  url: string;
  time: string;
  json: ReportJson;
}
export function migrateV1(entries: EntryV1[]): HistoryEntry[] {
  return entries.map((entry) => ({
    id: entryId(entry.url, entry.json),
    url: entry.url,
    savedAt: entry.time,
    agencyKey: normalizeAgency(entry.json.report.agency ?? ''),
    imported: false,
    report: entry.json,
  }));
}

export const historyItem = storage.defineItem<unknown[]>('local:history', {
  fallback: [],
  version: 2,
  migrations: { 2: (old: EntryV1[]) => migrateV1(old) },
});
const DEFAULT_HISTORY_LIMIT = 200;
export const historyLimitItem = storage.defineItem<number>('local:historyLimit', { fallback: DEFAULT_HISTORY_LIMIT });

function entryId(url: string, report: ReportJson): string {
  return `${report.report.year ?? '?'}|${url}`;
}

/** Newest first; entries that do not match the schema are left out. */
export async function listHistory(): Promise<HistoryEntry[]> {
  const raw = await historyItem.getValue();
  return raw.flatMap((entry) => {
    const parsed = HistoryEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

async function write(entries: HistoryEntry[]): Promise<void> {
  const limit = await historyLimitItem.getValue();
  // Oldest evicted past the limit the user sees on the options page.
  const sorted = [...entries].sort((a, b) => b.savedAt.localeCompare(a.savedAt)).slice(0, Math.max(1, limit));
  await historyItem.setValue(sorted);
}

/** Store (or refresh) a checked report. Only reports whose tables were read are kept. */
export async function saveReport(report: ReportJson, url: string, imported = false, now = new Date()): Promise<HistoryEntry | null> {
  if (report.page.status !== 'tables' || !report.report.agency || !report.report.year) return null;
  const entry: HistoryEntry = {
    id: entryId(url, report),
    url,
    savedAt: now.toISOString(),
    agencyKey: normalizeAgency(report.report.agency),
    imported,
    report,
  };
  const others = (await listHistory()).filter((other) => other.id !== entry.id);
  await write([entry, ...others]);
  return entry;
}

/** The same agency's report of `year − 1`, newest first. */
export async function findPrevious(agency: string, year: number): Promise<HistoryEntry | null> {
  return (await listHistory()).find((entry) => entry.report.report.year === year - 1 && sameAgency(entry.report.report.agency ?? '', agency)) ?? null;
}

export async function deleteEntry(id: string): Promise<void> {
  await historyItem.setValue((await listHistory()).filter((entry) => entry.id !== id));
}
export async function clearHistory(): Promise<void> {
  await historyItem.setValue([]);
}
export async function setHistoryLimit(limit: number): Promise<void> {
  await historyLimitItem.setValue(Math.max(1, Math.floor(limit)));
  await write(await listHistory());
}
