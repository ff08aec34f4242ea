// Sorting and filtering the batch table's rows (pure: the view only renders what these return).
import type { BatchEntry } from '../../batch/runner';
import type { RowStatus, SummaryColumn, SummaryRow } from '../../batch/summary';

export interface BatchRow {
  /** Index of the input in the batch (the order the files were given). */
  index: number;
  entry: BatchEntry;
  summary: SummaryRow;
}

export interface Sort {
  column: SummaryColumn;
  direction: 'ascending' | 'descending';
}

/** 'clean': read as a report with no fail, warn or review. */
export type OutcomeFilter = 'all' | 'fail' | 'warn' | 'review' | 'clean';
export interface Filters {
  status: RowStatus | 'all';
  outcome: OutcomeFilter;
  text: string;
}
export const NO_FILTERS: Filters = { status: 'all', outcome: 'all', text: '' };

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Empty cells (no agency, no year) sort last in both directions; equal cells keep the batch order. */
export function sortRows(rows: readonly BatchRow[], sort: Sort): BatchRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [a.summary[sort.column], b.summary[sort.column]];
    if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order * sign || a.index - b.index;
  });
}

function matchesOutcome({ summary }: BatchRow, outcome: OutcomeFilter): boolean {
  if (outcome === 'all') return true;
  if (outcome === 'clean') return summary.status === 'tables' && summary.fail + summary.warn + summary.review === 0;
  return summary[outcome] > 0;
}

export function filterRows(rows: readonly BatchRow[], filters: Filters): BatchRow[] {
  const text = filters.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (filters.status === 'all' || row.summary.status === filters.status) &&
      matchesOutcome(row, filters.outcome) &&
      (!text || [row.summary.file, row.summary.agency ?? '', row.summary.firstProblem].some((cell) => cell.toLowerCase().includes(text))),
  );
}
