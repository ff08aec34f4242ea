// Reading the parsed tables as operands of a check. Every rule reads a number through `numberOf`, so the
// user's "treat blanks as 0" assumption holds for all of them.
import { valueAt } from '../model/cells';
import type { TableKey } from '../model/keys';
import type { CellRef, ParsedReport, ParsedValue } from '../model/parsed';
import type { CheckContext } from './types';

export interface Term {
  ref: CellRef;
  value: ParsedValue;
}

export function termAt(report: ParsedReport, table: TableKey, row: string, col: string): Term {
  const ref: CellRef = { table, row, col };
  return { ref, value: valueAt(report, ref) };
}

/** The number a term contributes, or null when it cannot be verified (blank only counts as 0 by assumption). */
export function numberOf(term: Term, context: CheckContext): number | null {
  if (term.value.status === 'number') return term.value.value;
  if (term.value.status === 'blank' && context.options.blanksAsZero) return 0;
  return null;
}

/** Sum of the terms, or null if any cannot be verified. */
export function sumOf(terms: readonly Term[], context: CheckContext): number | null {
  let sum = 0;
  for (const term of terms) {
    const value = numberOf(term, context);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** What a table value is allowed to be: a count (integer ≥ 0), an amount in 万元, or a signed 本年增/减 (2019 表二). */
export type ValueKind = 'count' | 'amount' | 'signed';
export function valueKind(ref: CellRef): ValueKind {
  if (ref.table !== 'activeDisclosure') return 'count';
  return ref.col === 'amount' ? 'amount' : ref.col === 'change' ? 'signed' : 'count';
}
