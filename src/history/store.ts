// The local history of checked reports: browser.storage.local only, never sent anywhere.
//
// One storage key per report ("history:<id>", ~12 kB each) plus a small index ("historyIndex": id, date, size,
// agency, year, site and a digest per entry). The first version kept one list and rewrote all of it on every save
// (600 entries took minutes to fill, and storage.local's 10 MB quota stopped it silently near 880 entries, issue
// 17). storage.local rather than IndexedDB: the same API in Chrome and Firefox, no second store to migrate and
// test, and with one key per entry a save writes its entry and the index, nothing else (scripts/bench-history.mjs).
// The limit is in bytes, under the quota, so the oldest entries go before a save could fail. Every operation runs
// in the history queue, one at a time; entries are validated with zod on every read: one that does not parse is
// left out, not trusted.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { ReportJsonSchema, type ReportJson } from '../model/schema';
import { normalizeAgency, sameAgencyKey } from './agency';
import { inHistoryQueue } from './queue';
import { siteOf, storedUrl } from './site';

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

const IndexRowSchema = z.object({
  id: z.string(),
  savedAt: z.string(),
  /** The entry's size as storage counts it (UTF-8 of key and JSON value). */
  bytes: z.number(),
  agencyKey: z.string(),
  year: z.number(),
  site: z.nullable(z.string()),
  /** Of the stored report: the same report seen again is not written again. */
  digest: z.string(),
});
type IndexRow = z.infer<typeof IndexRowSchema>;
const INDEX_VERSION = 3;
const IndexSchema = z.object({ version: z.literal(INDEX_VERSION), rows: z.array(IndexRowSchema) });

const INDEX_KEY = 'historyIndex';
const LIMIT_KEY = 'historyLimitBytes';
const ENTRY_PREFIX = 'history:';
const entryKey = (id: string) => `${ENTRY_PREFIX}${id}`;
/** Versions 1 and 2 kept the whole history in one list ("history", version in "history$") with a count limit. */
const LEGACY_KEYS = { list: 'history', meta: 'history$', limit: 'historyLimit' };

const MIB = 1024 * 1024;
/** Chrome's storage.local holds 10 MB without the unlimitedStorage permission; settings need a little of it. */
export const HISTORY_LIMIT_RANGE = { min: 1 * MIB, max: 8 * MIB, fallback: 8 * MIB };
/** Entries per storage write during an import: progress between writes, a few hundred kB each. */
const IMPORT_CHUNK = 25;

/** Version 1 (0.1.0 development builds) stored { url, time, json } without the normalised agency. */
interface EntryV1 {
  url: string;
  time: string;
  json: ReportJson;
}
export function migrateV1(entries: EntryV1[]): HistoryEntry[] {
  return entries.flatMap((entry) => (entry?.json ? [newEntry(entry.json, entry.url, false, entry.time)] : []));
}

function newEntry(report: ReportJson, url: string, imported: boolean, savedAt: string): HistoryEntry {
  const kept = storedUrl(url);
  return {
    id: `${report.report.year ?? '?'}|${kept}`,
    url: kept,
    savedAt,
    agencyKey: normalizeAgency(report.report.agency ?? ''),
    imported,
    // The copy in the history carries the shortened address too (json-contract source.url).
    report: { ...report, source: { ...report.source, url: kept } },
  };
}

const encoder = new TextEncoder();
const bytesOf = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/** cyrb53: a 53-bit string hash, enough to tell a changed report from the same one seen again. */
function digestOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function rowOf(entry: HistoryEntry): IndexRow {
  return {
    id: entry.id,
    savedAt: entry.savedAt,
    bytes: bytesOf(entryKey(entry.id), entry),
    agencyKey: entry.agencyKey,
    year: entry.report.report.year ?? 0,
    site: siteOf(entry.url),
    digest: digestOf(JSON.stringify([entry.imported, entry.report])),
  };
}

const parseEntry = (value: unknown): HistoryEntry[] => {
  const parsed = HistoryEntrySchema.safeParse(value);
  return parsed.success ? [parsed.data] : [];
};
const newestFirst = <T extends { savedAt: string }>(a: T, b: T) => b.savedAt.localeCompare(a.savedAt);

/** The index; rebuilt from the stored entries when it is missing or corrupt, and from a version 1/2 list once. */
async function readIndex(): Promise<IndexRow[]> {
  const stored = await browser.storage.local.get(INDEX_KEY);
  const parsed = IndexSchema.safeParse(stored[INDEX_KEY]);
  return parsed.success ? parsed.data.rows : rebuildIndex();
}

async function rebuildIndex(): Promise<IndexRow[]> {
  const all = await browser.storage.local.get(null);
  const legacy = Array.isArray(all[LEGACY_KEYS.list]) ? (all[LEGACY_KEYS.list] as unknown[]) : [];
  const fromLegacy = (all[LEGACY_KEYS.meta] as { v?: number } | undefined)?.v === 1 ? migrateV1(legacy as EntryV1[]) : legacy.flatMap(parseEntry);
  const current = Object.entries(all).flatMap(([key, value]) => (key.startsWith(ENTRY_PREFIX) ? parseEntry(value) : []));
  // Legacy entries get the shortened address (storedUrl) under a new id.
  const migrated = fromLegacy.map((entry) => newEntry(entry.report, entry.url, entry.imported, entry.savedAt));
  const byId = new Map([...migrated, ...current].map((entry) => [entry.id, entry]));
  const entries = [...byId.values()].sort(newestFirst);
  const rows = await persist([], entries.map(rowOf), entries, await limitBytes());
  const kept = new Set(rows.map((row) => entryKey(row.id)));
  await browser.storage.local.remove([...Object.values(LEGACY_KEYS), ...Object.keys(all).filter((key) => key.startsWith(ENTRY_PREFIX) && !kept.has(key))]);
  return rows;
}

/** Newest first, oldest dropped until entries and index fit in `limit` bytes. */
function withinLimit(rows: IndexRow[], limit: number): IndexRow[] {
  const kept = [...rows].sort(newestFirst);
  let total = bytesOf(INDEX_KEY, { version: INDEX_VERSION, rows: [] }) + kept.reduce((sum, row) => sum + row.bytes + bytesOf('', row) + 1, 0);
  while (kept.length > 0 && total > limit) {
    const dropped = kept.pop()!;
    total -= dropped.bytes + bytesOf('', dropped) + 1;
  }
  return kept;
}

/**
 * Write `written` entries and the index `rows` (after the limit), removing entries the index no longer holds.
 * Removal first: near the quota, space is freed before the new entry needs it. One `set` carries the entries
 * and the index, so a reader never sees an index row whose entry is not there yet.
 */
async function persist(before: IndexRow[], rows: IndexRow[], written: HistoryEntry[], limit: number): Promise<IndexRow[]> {
  const kept = withinLimit(rows, limit);
  const keptIds = new Set(kept.map((row) => row.id));
  const gone = before.filter((row) => !keptIds.has(row.id)).map((row) => entryKey(row.id));
  if (gone.length > 0) await browser.storage.local.remove(gone);
  const values: Record<string, unknown> = { [INDEX_KEY]: { version: INDEX_VERSION, rows: kept } };
  for (const entry of written) if (keptIds.has(entry.id)) values[entryKey(entry.id)] = entry;
  await browser.storage.local.set(values);
  return kept;
}

async function limitBytes(): Promise<number> {
  const stored = (await browser.storage.local.get(LIMIT_KEY))[LIMIT_KEY];
  return typeof stored === 'number' ? clampLimit(stored) : HISTORY_LIMIT_RANGE.fallback;
}
const clampLimit = (bytes: number) => Math.min(HISTORY_LIMIT_RANGE.max, Math.max(HISTORY_LIMIT_RANGE.min, Math.floor(bytes) || 0));

/** A report worth keeping: its tables were read and it names an agency and a year. */
const storable = (report: ReportJson) => report.page.status === 'tables' && !!report.report.agency && !!report.report.year;

export interface SaveOutcome {
  /** Written (new or changed). */
  saved: number;
  /** Already stored exactly so: nothing written. */
  unchanged: number;
  /** Not a report with tables, agency and year. */
  skipped: number;
}

/** Write entries in chunks, each chunk one storage write with the index; nothing is written for unchanged ones. */
async function saveEntries(entries: HistoryEntry[], onProgress?: (done: number, total: number) => void): Promise<Omit<SaveOutcome, 'skipped'>> {
  let rows = await readIndex();
  const limit = await limitBytes();
  const outcome = { saved: 0, unchanged: 0 };
  for (let start = 0; start < entries.length; start += IMPORT_CHUNK) {
    const changed: HistoryEntry[] = [];
    const changedRows: IndexRow[] = [];
    for (const entry of entries.slice(start, start + IMPORT_CHUNK)) {
      const row = rowOf(entry);
      const stored = rows.find((other) => other.id === row.id) ?? changedRows.find((other) => other.id === row.id);
      if (stored?.digest === row.digest) {
        outcome.unchanged++;
        continue;
      }
      const earlier = changed.findIndex((other) => other.id === entry.id);
      if (earlier >= 0) changed.splice(earlier, 1), changedRows.splice(earlier, 1);
      changed.push(entry);
      changedRows.push(row);
    }
    if (changed.length > 0) {
      const ids = new Set(changedRows.map((row) => row.id));
      rows = await persist(rows, [...changedRows, ...rows.filter((row) => !ids.has(row.id))], changed, limit);
      outcome.saved += changed.length;
    }
    onProgress?.(Math.min(start + IMPORT_CHUNK, entries.length), entries.length);
  }
  return outcome;
}

/** Remember the report of a page the user visited (or refresh it when it changed). */
export async function saveReport(report: ReportJson, url: string, now = new Date()): Promise<HistoryEntry | null> {
  if (!storable(report)) return null;
  const entry = newEntry(report, url, false, now.toISOString());
  await inHistoryQueue(() => saveEntries([entry]));
  return entry;
}

/** Reports exported earlier (each with its source.url), in one queued batch; progress after each chunk. */
export async function importReports(reports: ReportJson[], onProgress?: (done: number, total: number) => void, now = new Date()): Promise<SaveOutcome> {
  const entries = reports.filter(storable).map((report) => newEntry(report, report.source.url, true, now.toISOString()));
  const outcome = await inHistoryQueue(() => saveEntries(entries, onProgress));
  return { ...outcome, skipped: reports.length - entries.length };
}

async function readEntries(rows: IndexRow[]): Promise<HistoryEntry[]> {
  if (rows.length === 0) return [];
  const stored = await browser.storage.local.get(rows.map((row) => entryKey(row.id)));
  return rows.flatMap((row) => parseEntry(stored[entryKey(row.id)])).sort(newestFirst);
}

/** Newest first; entries that do not match the schema are left out. */
export function listHistory(): Promise<HistoryEntry[]> {
  return inHistoryQueue(async () => readEntries(await readIndex()));
}

export interface HistoryUsage {
  entries: number;
  bytes: number;
  limit: number;
}
export function historyUsage(): Promise<HistoryUsage> {
  return inHistoryQueue(async () => {
    const rows = await readIndex();
    return { entries: rows.length, bytes: rows.reduce((sum, row) => sum + row.bytes, 0), limit: await limitBytes() };
  });
}

export interface PreviousYear {
  /** The address compared with (the newest candidate's). */
  url: string;
  /** Last year's report; where stored candidates disagree, those values are null (the rules then say review). */
  report: ReportJson;
}

/**
 * The same agency's report of `year − 1`. Candidates from the page's own site come first: only when there are none
 * do reports seen on other sites count. Several candidates that disagree on a value leave it unknown, so a planted
 * copy next to the real one makes the cross-year rules ask for review instead of failing (issue 17).
 */
export function findPrevious(agency: string, year: number, pageUrl?: string): Promise<PreviousYear | null> {
  return inHistoryQueue(async () => {
    const key = normalizeAgency(agency);
    const rows = (await readIndex()).filter((row) => row.year === year - 1 && sameAgencyKey(row.agencyKey, key));
    const site = pageUrl === undefined ? null : siteOf(pageUrl);
    const ownSite = rows.filter((row) => site !== null && row.site === site);
    const entries = await readEntries(ownSite.length > 0 ? ownSite : rows);
    if (entries.length === 0) return null;
    return { url: entries[0]!.url, report: agreedReport(entries.map((entry) => entry.report)) };
  });
}

/** The first report with every table value on which the others differ set to null. */
function agreedReport([first, ...others]: ReportJson[]): ReportJson {
  const agreed = (value: unknown, alternatives: unknown[]): unknown => {
    if (typeof value === 'number') return alternatives.every((other) => other === value) ? value : null;
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, agreed(inner, alternatives.map((other) => (other as Record<string, unknown> | null)?.[key]))]),
    );
  };
  const tables = ['activeDisclosure', 'applications', 'reviewLitigation'] as const;
  return { ...first!, ...Object.fromEntries(tables.map((table) => [table, agreed(first![table], others.map((other) => other[table]))])) };
}

export function deleteEntry(id: string): Promise<void> {
  return inHistoryQueue(async () => {
    const rows = await readIndex();
    await persist(rows, rows.filter((row) => row.id !== id), [], await limitBytes());
  });
}

export function clearHistory(): Promise<void> {
  return inHistoryQueue(async () => {
    const keys = Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(ENTRY_PREFIX));
    await browser.storage.local.remove(keys);
    await browser.storage.local.set({ [INDEX_KEY]: { version: INDEX_VERSION, rows: [] } });
  });
}

/** A new limit (clamped to HISTORY_LIMIT_RANGE), applied at once: the oldest entries beyond it are removed. */
export function setHistoryLimit(bytes: number): Promise<void> {
  return inHistoryQueue(async () => {
    const limit = clampLimit(bytes);
    await browser.storage.local.set({ [LIMIT_KEY]: limit });
    const rows = await readIndex();
    await persist(rows, rows, [], limit);
  });
}
