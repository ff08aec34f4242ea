// The batch: inputs → worker pool → reports/*.json, then the cross-year pass, then summary.csv and index.html.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { agencyYearOf, previousYearIndexes } from '../batch/cross-year';
import { isDocumentPath } from '../batch/inputs';
import { summaryCsv, summaryRowOfJson } from '../batch/summary';
import { ReportJsonSchema, type ReportJson } from '../model/schema';
import type { AuditArgs } from './args';
import type { AuditTask } from './audit';
import { PoliteFetcher, type FetchPolicy } from './fetch';
import { collectInputs, type InputFile } from './inputs';
import { AuditPool } from './pool';
import { progressReporter } from './progress';
import { sourceKindOf, unreadableReport } from './report';
import { indexHtml, viewHtml, viewPath, type AuditedFile } from './views';

const reportPath = (out: string, name: string) => join(out, 'reports', `${name}.json`);

async function writeText(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** --resume: the report JSON written by an earlier run, when it is newer than its input and still valid. */
async function earlierReport(out: string, input: InputFile): Promise<ReportJson | null> {
  try {
    const [source, output] = await Promise.all([stat(input.path), stat(reportPath(out, input.name))]);
    if (output.mtimeMs <= source.mtimeMs) return null;
    const parsed = ReportJsonSchema.safeParse(JSON.parse(await readFile(reportPath(out, input.name), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Reports the cross-year rules can use, as the extension's history keeps them: tables read, agency and year known. */
const usableAsHistory = (json: ReportJson) => agencyYearOf(json) !== null;

export interface BatchResult {
  rows: AuditedFile[];
  skipped: number;
}

export interface RunOptions {
  /** The built worker script (dist/cli/worker.mjs next to the entry). */
  workerScript: URL;
  fetchPolicy: FetchPolicy;
}

export async function runAudit(args: AuditArgs, options: RunOptions): Promise<BatchResult> {
  const inputs = await collectInputs(args.inputs);
  const urls = args.urls ? await readUrlList(args.urls) : [];
  const progress = progressReporter(inputs.length + urls.length);
  const pool = new AuditPool(args.jobs, options.workerScript);
  const rows: AuditedFile[] = [];
  let skipped = 0;
  try {
    const tasks = new Map<string, AuditTask>();
    const audited = new Set<string>();
    const record = async (task: AuditTask, json: ReportJson, fresh: boolean) => {
      rows.push({ file: task.name, json });
      tasks.set(task.name, task);
      if (fresh) audited.add(task.name);
      // Reports that may be rechecked with last year's are written after the cross-year pass (so that an
      // interrupted run never leaves a JSON that --resume would trust without it).
      if (fresh && !usableAsHistory(json)) await writeText(reportPath(args.out, task.name), JSON.stringify(json, null, 2) + '\n');
      progress.done(task.name);
    };
    await Promise.all([
      ...inputs.map(async (input) => {
        const task: AuditTask = { path: input.path, name: input.name };
        const earlier = args.resume ? await earlierReport(args.out, input) : null;
        if (earlier) skipped++;
        await record(task, earlier ?? (await pool.audit(task)), earlier === null);
      }),
      fetchAll(urls, args, options.fetchPolicy, pool, record, (count) => progress.add(count)),
    ]);
    rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

    // Cross-year: each report checked again with the same agency's report of the year before, as the extension
    // does with its history (CheckOptions.previousYear).
    const previous = previousYearIndexes(rows.map((row) => row.json));
    await Promise.all(
      rows.map(async (row, index) => {
        if (!audited.has(row.file)) return;
        const before = previous[index];
        if (before != null) row.json = await pool.audit({ ...tasks.get(row.file)!, previousYear: rows[before]!.json });
        if (usableAsHistory(row.json)) await writeText(reportPath(args.out, row.file), JSON.stringify(row.json, null, 2) + '\n');
      }),
    );
  } finally {
    progress.end();
    await pool.close();
  }
  await writeText(join(args.out, 'summary.csv'), summaryCsv(rows.map((row) => summaryRowOfJson(row.file, row.json))));
  await writeText(join(args.out, 'index.html'), indexHtml(rows));
  await Promise.all(rows.map((row) => writeText(join(args.out, viewPath(row.file)), viewHtml(row))));
  return { rows, skipped };
}

async function readUrlList(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

/** Where a fetched document is saved and filed: <host>/<path>, with an extension the audit understands. */
export function nameOfUrl(address: string, contentType: string): string {
  const url = new URL(address);
  const segments = url.pathname
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map((segment) => decodeURIComponentSafe(segment).replace(/[<>:"|?*\\\x00-\x1f]/g, '_'));
  if (url.pathname.endsWith('/') || segments.length === 0) segments.push('index');
  let name = [url.host.replace(/:/g, '_'), ...segments].join('/');
  if (url.search) name += `_${Buffer.from(url.search).toString('base64url').slice(0, 16)}`;
  if (!isDocumentPath(name)) name += /pdf/i.test(contentType) ? '.pdf' : /wordprocessingml/i.test(contentType) ? '.docx' : '.html';
  return name;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

type RecordResult = (task: AuditTask, json: ReportJson, fresh: boolean) => Promise<void>;
type Follow = (count: number) => void;

/** Attachments worth following when the page's tables are not HTML: the documents the audit reads. */
const FOLLOWED_ATTACHMENT = /\.(pdf|docx?)(?:[?#]|$)/i;

async function fetchAll(urls: readonly string[], args: AuditArgs, policy: FetchPolicy, pool: AuditPool, record: RecordResult, follow: Follow): Promise<void> {
  if (urls.length === 0) return;
  const fetcher = new PoliteFetcher(policy);
  const fetchOne = async (address: string, followAttachments: boolean): Promise<void> => {
    let task: AuditTask;
    let json: ReportJson;
    try {
      const fetched = await fetcher.get(address);
      const name = nameOfUrl(fetched.url, fetched.contentType);
      task = { path: join(args.out, 'pages', name), name, url: fetched.url };
      await writeText(task.path, fetched.bytes);
      json = await pool.audit(task);
    } catch (error) {
      const name = nameOfUrl(address, '');
      task = { path: '', name, url: address };
      json = unreadableReport({ kind: sourceKindOf(name), name, url: address }, error, { blanksAsZero: false });
    }
    await record(task, json, true);
    if (followAttachments && (json.page.status === 'no-html-tables' || json.page.status === 'nonstandard-tables')) {
      const attachments = json.page.attachments.filter((a) => FOLLOWED_ATTACHMENT.test(a.url));
      follow(attachments.length);
      await Promise.all(attachments.map((a) => fetchOne(a.url, false)));
    }
  };
  // Hosts are fetched in parallel; the fetcher keeps each host to one request at a time.
  await Promise.all(urls.map((address) => fetchOne(address, true)));
}
