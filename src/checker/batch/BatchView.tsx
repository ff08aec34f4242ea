// The checker page's batch: the files run through the injected analyse function (the page's adapters + the pipeline),
// rows appear as files finish, then the same agency's consecutive years are checked against each other. Sort by any
// column, filter by status, outcome and text; a row opens that report's view (onOpen); the summary CSV and all JSON in
// one zip download from here.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { runBatch, type AnalyseDocument, type BatchEntry, type BatchInput } from '../../batch/runner';
import { BATCH_STRINGS } from '../../batch/strings';
import { SUMMARY_COLUMNS, columnTitle, summaryCsv, summaryRow, type RowStatus, type SummaryColumn } from '../../batch/summary';
import { reportJsonFiles, zipTexts } from '../../batch/zip';
import type { CheckOptions } from '../../check/types';
import { download } from '../../ui/download';
import type { Locale } from '../../i18n/labels';
import { UI } from '../../i18n/ui';
import { NO_FILTERS, filterRows, sortRows, type BatchRow, type Filters, type OutcomeFilter, type Sort } from './table';
import './batch.css';

export interface BatchViewProps {
  inputs: readonly BatchInput[];
  analyse: AnalyseDocument;
  onOpen(row: BatchRow): void;
  locale?: Locale;
  concurrency?: number;
  timeLimitMs?: number;
  check?: CheckOptions;
}

type RunState = 'running' | 'cancelled' | 'finished';
const STATUSES: RowStatus[] = ['tables', 'no-html-tables', 'nonstandard-tables', 'not-a-report', 'unreadable'];
const PROGRESS_INTERVAL_MS = 100;
const rowOf = (entry: BatchEntry): BatchRow => ({ index: entry.index, entry, summary: summaryRow(entry) });
const OUTCOME_FILTERS: OutcomeFilter[] = ['all', 'fail', 'warn', 'review', 'clean'];

export function BatchView(props: BatchViewProps) {
  const locale = props.locale ?? 'zh-CN';
  const words = BATCH_STRINGS[locale];
  const ui = UI[locale];
  const [rows, setRows] = useState<BatchRow[]>([]);
  const [done, setDone] = useState(0);
  const [state, setState] = useState<RunState>('running');
  const [sort, setSort] = useState<Sort | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const cancel = useRef<AbortController | null>(null);

  // A new batch starts only when the inputs change (the page may pass a fresh analyse function on every render).
  useEffect(() => {
    const controller = new AbortController();
    cancel.current = controller;
    let mounted = true;
    const finished: BatchRow[] = [];
    let flush: ReturnType<typeof setTimeout> | undefined;
    setRows([]);
    setDone(0);
    setState('running');
    void runBatch(props.inputs, props.analyse, {
      concurrency: props.concurrency,
      timeLimitMs: props.timeLimitMs,
      check: props.check,
      signal: controller.signal,
      onProgress: ({ entry }) => {
        finished.push(rowOf(entry));
        // At most a few renders a second: a thousand small files must not re-render the table a thousand times.
        flush ??= setTimeout(() => {
          flush = undefined;
          if (!mounted) return;
          setRows([...finished]);
          setDone(finished.length);
        }, PROGRESS_INTERVAL_MS);
      },
    }).then((result) => {
      clearTimeout(flush);
      if (!mounted) return;
      // The final entries carry the cross-year checks, which run once every file is read.
      setRows(result.entries.map(rowOf));
      setDone(result.entries.length);
      setState(result.cancelled ? 'cancelled' : 'finished');
    });
    return () => {
      mounted = false;
      clearTimeout(flush);
      controller.abort();
    };
  }, [props.inputs]);

  const shown = useMemo(() => {
    const filtered = filterRows(rows, filters);
    return sort ? sortRows(filtered, sort) : [...filtered].sort((a, b) => a.index - b.index);
  }, [rows, filters, sort]);

  const toggleSort = (column: SummaryColumn) =>
    setSort((current) => ({ column, direction: current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  const total = props.inputs.length;
  const running = state === 'running';

  return (
    <section class="nbc-batch" aria-label={words.tableCaption}>
      <div class="nbc-batch-progress">
        <progress data-testid="batch-progress" value={done} max={Math.max(total, 1)} aria-label={words.progress(done, total)} />
        <span role="status" data-testid="batch-count">
          {running ? words.progress(done, total) : state === 'cancelled' ? words.cancelled(done, total) : words.finished(total)}
        </span>
        {running && (
          <button type="button" data-testid="batch-cancel" onClick={() => cancel.current?.abort()}>
            {words.cancel}
          </button>
        )}
      </div>

      <div class="nbc-batch-bar">
        <label>
          {words.filterStatus}{' '}
          <select data-testid="filter-status" value={filters.status} onChange={(event) => setFilters({ ...filters, status: event.currentTarget.value as Filters['status'] })}>
            <option value="all">{words.all}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {words.status[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words.filterOutcome}{' '}
          <select data-testid="filter-outcome" value={filters.outcome} onChange={(event) => setFilters({ ...filters, outcome: event.currentTarget.value as OutcomeFilter })}>
            {OUTCOME_FILTERS.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcome === 'all' ? words.all : outcome === 'clean' ? words.clean : words.withOutcome(ui[`outcome_${outcome}`])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {words.filterText}{' '}
          <input
            type="search"
            data-testid="filter-text"
            placeholder={words.filterTextPlaceholder}
            value={filters.text}
            onInput={(event) => setFilters({ ...filters, text: event.currentTarget.value })}
          />
        </label>
        <button type="button" data-testid="batch-csv" disabled={running} onClick={() => download('nianbao-check-summary.csv', summaryCsv(rows.map((row) => row.summary)), 'text/csv;charset=utf-8')}>
          {words.downloadCsv}
        </button>
        <button
          type="button"
          data-testid="batch-zip"
          disabled={running || !rows.some((row) => row.entry.outcome.kind === 'report')}
          onClick={async () => download('nianbao-check-reports.zip', await zipTexts(reportJsonFiles(rows.map((row) => row.entry))), 'application/zip')}
        >
          {words.downloadZip}
        </button>
        <span class="nbc-batch-shown" data-testid="batch-shown">
          {words.shown(shown.length, rows.length)}
        </span>
      </div>

      <table class="nbc-batch-table" data-testid="batch-table">
        <caption>{words.tableCaption}</caption>
        <thead>
          <tr>
            {SUMMARY_COLUMNS.map((column) => (
              <th key={column} scope="col" aria-sort={sort?.column === column ? sort.direction : 'none'}>
                <button type="button" data-testid={`sort-${column}`} onClick={() => toggleSort(column)}>
                  {columnTitle(column, locale)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <BatchTableRow key={row.index} row={row} locale={locale} onOpen={props.onOpen} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function BatchTableRow({ row, locale, onOpen }: { row: BatchRow; locale: Locale; onOpen(row: BatchRow): void }) {
  const words = BATCH_STRINGS[locale];
  const { summary, entry } = row;
  const previous = entry.outcome.kind === 'report' ? entry.outcome.previous : null;
  return (
    <tr data-testid="batch-row" data-status={summary.status} onClick={() => onOpen(row)}>
      <th scope="row">
        <button
          type="button"
          class="nbc-batch-open"
          aria-label={words.open(summary.file)}
          onClick={(event) => {
            // The row's own click opens it too; open once.
            event.stopPropagation();
            onOpen(row);
          }}
        >
          {summary.file}
        </button>
      </th>
      <td>{summary.agency ?? ''}</td>
      <td>
        {summary.year ?? ''}
        {previous && (
          <span class="nbc-batch-paired" title={words.pairedWith(previous.path)} aria-label={words.pairedWith(previous.path)}>
            {' ⇆'}
          </span>
        )}
      </td>
      <td>{summary.template ? UI[locale].templateName[summary.template] : ''}</td>
      <td>
        <span class={`nbc-batch-status status-${summary.status}`}>{words.status[summary.status]}</span>
      </td>
      {(['fail', 'warn', 'review'] as const).map((outcome) => (
        <td key={outcome} class={summary[outcome] > 0 ? `count ${outcome}` : 'count'} data-outcome={outcome}>
          {summary[outcome]}
        </td>
      ))}
      <td class="first-problem">{summary.firstProblem}</td>
    </tr>
  );
}
