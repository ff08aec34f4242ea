// The batch runner shared by the checker page and the command line: a queue over inputs with a concurrency limit,
// progress after each file, cancel between files, a time limit per file, and one bad file as a row with its error,
// never the end of the batch. Reading a document is injected (the page passes its adapters and the pipeline, the
// command line its workers); checking across years within the batch happens here, once every file is read.
import { AdapterError, type DocumentInput } from '../adapters/types';
import { DEFAULT_OPTIONS, type CheckOptions } from '../check/types';
import type { ReportJson } from '../model/schema';
import { check, type Analysis } from '../pipeline';
import { previousYearIndexes } from './cross-year';
import { BATCH_STRINGS } from './strings';

export interface BatchInput {
  /** The input's path as chosen (relative to the folder given), e.g. "2024/weibin.pdf": the row's and the zip's name. */
  path: string;
  /** Reads the bytes only when the file's turn comes: a thousand files are never all in memory. */
  load(): Promise<Uint8Array>;
}

/** Reads one document and runs the pipeline on it; null when it is not a report. `signal` aborts at the time limit. */
export type AnalyseDocument = (input: DocumentInput, signal: AbortSignal) => Promise<Analysis | null>;

export type FileOutcome =
  | {
      kind: 'report';
      analysis: Analysis;
      /** The same agency's report of the year before, found in this batch: the checks ran with it as `previousYear`. */
      previous: { path: string; json: ReportJson } | null;
    }
  | { kind: 'not-a-report' }
  | { kind: 'unreadable'; code: string; zh: string; en: string };

export interface BatchEntry {
  /** The input's position in the batch. */
  index: number;
  path: string;
  outcome: FileOutcome;
}

export interface BatchProgress {
  done: number;
  total: number;
  /** The file just finished (before cross-year checks, which run at the end). */
  entry: BatchEntry;
}

export interface BatchOptions {
  concurrency?: number;
  /** Per file, reading included. */
  timeLimitMs?: number;
  /** Cancel: no new file starts once aborted; files already started finish. */
  signal?: AbortSignal;
  check?: CheckOptions;
  onProgress?(progress: BatchProgress): void;
}

export interface BatchResult {
  /** In input order; after a cancel only the files that were read. */
  entries: BatchEntry[];
  cancelled: boolean;
}

const DEFAULT_TIME_LIMIT_MS = 60_000;

export async function runBatch(inputs: readonly BatchInput[], analyse: AnalyseDocument, options: BatchOptions = {}): Promise<BatchResult> {
  const { concurrency = 2, timeLimitMs = DEFAULT_TIME_LIMIT_MS, signal, onProgress } = options;
  const checkOptions = options.check ?? DEFAULT_OPTIONS;
  const entries: (BatchEntry | undefined)[] = new Array(inputs.length);
  let next = 0;
  let done = 0;

  const worker = async () => {
    while (!signal?.aborted && next < inputs.length) {
      const index = next++;
      const input = inputs[index]!;
      const entry: BatchEntry = { index, path: input.path, outcome: await readOne(input, analyse, timeLimitMs) };
      entries[index] = entry;
      onProgress?.({ done: ++done, total: inputs.length, entry });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, inputs.length)) }, worker));

  const read = entries.filter((entry): entry is BatchEntry => entry !== undefined);
  return { entries: withPreviousYears(read, checkOptions), cancelled: read.length < inputs.length };
}

async function readOne(input: BatchInput, analyse: AnalyseDocument, timeLimitMs: number): Promise<FileOutcome> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeLimit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      const seconds = Math.round(timeLimitMs / 1000);
      reject(new AdapterError('timeout', BATCH_STRINGS['zh-CN'].timeout(seconds), BATCH_STRINGS.en.timeout(seconds)));
    }, timeLimitMs);
  });
  try {
    const work = (async () => analyse({ name: input.path, bytes: await input.load() }, controller.signal))();
    // Past the time limit the file's own failure, if it ever comes, has no one left to tell.
    work.catch(() => {});
    const analysis = await Promise.race([work, timeLimit]);
    return analysis ? { kind: 'report', analysis, previous: null } : { kind: 'not-a-report' };
  } catch (error) {
    return errorOutcome(error);
  } finally {
    clearTimeout(timer);
  }
}

function errorOutcome(error: unknown): FileOutcome {
  if (error instanceof AdapterError) return { kind: 'unreadable', code: error.code, zh: error.zh, en: error.en };
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'unreadable', code: 'failed', zh: BATCH_STRINGS['zh-CN'].unreadable(detail), en: BATCH_STRINGS.en.unreadable(detail) };
}

/** Re-checks each report whose agency's previous year is in the batch, with that report as `previousYear`. */
function withPreviousYears(entries: BatchEntry[], options: CheckOptions): BatchEntry[] {
  const reports = entries.map(({ outcome }) => (outcome.kind === 'report' ? outcome.analysis.json : null));
  const previous = previousYearIndexes(reports);
  return entries.map((entry, index) => {
    const before = previous[index];
    if (entry.outcome.kind !== 'report' || before == null) return entry;
    const json = reports[before]!;
    const analysis = check(entry.outcome.analysis.parsed, { ...options, previousYear: json });
    return { ...entry, outcome: { kind: 'report', analysis, previous: { path: entries[before]!.path, json } } };
  });
}
