// Reading the parsed tables as operands of a check, and the one identity evaluator all four 勾稽 rules share.
import type { ApplicantColumn, ApplicationRow, ReviewBlock, ReviewColumn } from '../model/keys';
import type { CellRef, ParsedReport, ParsedValue } from '../model/parsed';
import type { Operand } from '../i18n/messages';
import type { CheckOptions, Evaluation, Hint } from './types';

export interface Term {
  ref: CellRef;
  value: ParsedValue;
}

const ABSENT: ParsedValue = { value: null, status: 'missing', cell: null };

export function applicationTerm(report: ParsedReport, row: ApplicationRow, col: ApplicantColumn): Term {
  return { ref: { table: 'applications', row, col }, value: report.applications?.rows[row]?.values[col] ?? ABSENT };
}
export function reviewTerm(report: ParsedReport, block: ReviewBlock, col: ReviewColumn): Term {
  return { ref: { table: 'reviewLitigation', row: block, col }, value: report.reviewLitigation?.[block].values[col] ?? ABSENT };
}

/** The number a term contributes, or null when it cannot be verified (blank only counts as 0 by assumption). */
export function numberOf(term: Term, options: CheckOptions): number | null {
  if (term.value.status === 'number') return term.value.value;
  if (term.value.status === 'blank' && options.blanksAsZero) return 0;
  return null;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
// Sums of money in 万元 carry decimals; counts are integers. Round away binary noise before comparing.
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * When the identity fails, would it hold if two adjacent single-digit cells (printed order) were one number?
 * ("1" "0" typed into two cells for 10.) A hint about the page, not a different outcome.
 */
function splitDigitHint(lhs: Term[], rhs: Term[], printed: Term[], values: Map<Term, number>): Hint | undefined {
  for (let i = 0; i + 1 < printed.length; i++) {
    const left = printed[i]!;
    const right = printed[i + 1]!;
    const a = values.get(left)!;
    const b = values.get(right)!;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || a > 9 || b < 0 || b > 9) continue;
    const merged = a * 10 + b;
    const trial = (term: Term) => (term === left ? merged : term === right ? 0 : values.get(term)!);
    if (same(sum(lhs.map(trial)), sum(rhs.map(trial)))) {
      return { key: 'hint.splitDigit', data: { left: a, right: b, merged } };
    }
  }
  return undefined;
}

/**
 * Σ lhs = Σ rhs, exactly. The first lhs cell is where a wrong value is reported. `printed` lists the same terms
 * in the order they are printed on the page (for the split-digit hint).
 */
export function evaluateIdentity(scope: string, lhs: Term[], rhs: Term[], printed: Term[], options: CheckOptions): Evaluation {
  const all = [...lhs, ...rhs];
  const cells = all.map((term) => term.ref);
  const operands = (terms: Term[]): Operand[] => terms.map((term) => ({ ref: term.ref, value: numberOf(term, options) }));
  const unknown = all.filter((term) => numberOf(term, options) === null);
  if (unknown.length > 0) {
    return { scope, outcome: 'review', key: 'identity.unverifiable', data: { lhs: operands(lhs), rhs: operands(rhs), blanks: unknown.map((t) => t.ref) }, cells };
  }
  const values = new Map(all.map((term) => [term, numberOf(term, options)!]));
  const expected = sum(rhs.map((term) => values.get(term)!));
  const found = sum(lhs.map((term) => values.get(term)!));
  const data = { lhs: operands(lhs), rhs: operands(rhs), expected, found };
  if (same(expected, found)) return { scope, outcome: 'pass', key: 'identity.mismatch', data, expected, found, cells };
  const zeroTotal = lhs.length === 1 && found === 0;
  const evaluation: Evaluation = { scope, outcome: 'fail', key: zeroTotal ? 'identity.zeroTotal' : 'identity.mismatch', data, expected, found, cells };
  const hint = splitDigitHint(lhs, rhs, printed, values);
  return hint ? { ...evaluation, hint } : evaluation;
}

/** What a table value is allowed to be: a count (integer ≥ 0), an amount in 万元, or a signed 本年增/减. */
export type ValueKind = 'count' | 'amount' | 'signed';
const AMOUNT_FIELDS = new Set(['amount']);
const SIGNED_FIELDS = new Set(['change']);

/** Every value of the three tables with its reference, in table order. */
export function allTerms(report: ParsedReport): (Term & { kind: ValueKind; labelCell: number | null })[] {
  const out: (Term & { kind: ValueKind; labelCell: number | null })[] = [];
  for (const [item, row] of Object.entries(report.activeDisclosure?.items ?? {})) {
    for (const [field, value] of Object.entries(row.values)) {
      const kind = AMOUNT_FIELDS.has(field) ? 'amount' : SIGNED_FIELDS.has(field) ? 'signed' : 'count';
      out.push({ ref: { table: 'activeDisclosure', row: item, col: field }, value, kind, labelCell: row.labelCell });
    }
  }
  for (const [rowKey, row] of Object.entries(report.applications?.rows ?? {})) {
    for (const [col, value] of Object.entries(row.values)) {
      out.push({ ref: { table: 'applications', row: rowKey, col }, value, kind: 'count', labelCell: row.labelCell });
    }
  }
  for (const [block, row] of Object.entries(report.reviewLitigation ?? {})) {
    for (const [col, value] of Object.entries(row.values)) {
      out.push({ ref: { table: 'reviewLitigation', row: block, col }, value, kind: 'count', labelCell: row.labelCell });
    }
  }
  return out;
}
