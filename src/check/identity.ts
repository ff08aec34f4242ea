// The one identity evaluator the four 勾稽 rules share (Σ lhs = Σ rhs, exactly), and its messages: the wording
// states the formula with its labels, expected, found and the difference.
import { LABELS, cellLabel, colLabel, rowLabel, type Locale } from '../i18n/labels';
import type { CellRef } from '../model/parsed';
import { numberOf, type Term } from './terms';
import type { CheckContext, Evaluation, Localised } from './types';

export interface Operand {
  ref: CellRef;
  value: number | null;
}
export interface IdentityData {
  lhs: Operand[];
  rhs: Operand[];
  expected: number;
  found: number;
}
export interface UnverifiableData {
  lhs: Operand[];
  rhs: Operand[];
  /** The operands that are blank or unreadable. */
  blanks: CellRef[];
}
export interface SplitDigitData {
  left: number;
  right: number;
  merged: number;
}
export type IdentityMessages = { mismatch: IdentityData; zeroTotal: IdentityData; unverifiable: UnverifiableData; splitDigit: SplitDigitData };

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
// Sums of money in 万元 carry decimals; counts are integers. Round away binary noise before comparing.
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** How much Σ `terms` moves when `left` grows by `leftBy` and `right` shrinks by `rightBy` (a term may stand on
 *  either side, or both). */
function shiftOf(terms: Term[], left: Term, right: Term, leftBy: number, rightBy: number): number {
  let delta = 0;
  for (const term of terms) delta += (term === left ? leftBy : 0) - (term === right ? rightBy : 0);
  return delta;
}

/**
 * When the identity fails, would it hold if two adjacent single-digit cells (printed order) were one number?
 * ("1" "0" typed into two cells for 10.) A hint about the page, not a different outcome. Each trial only moves
 * the two sums by what the two cells change, so no sum is recomputed (six failing 22-cell rows on seed 004).
 */
function splitDigit(lhs: Term[], rhs: Term[], printed: Term[], values: Map<Term, number>, found: number, expected: number): SplitDigitData | undefined {
  for (let i = 0; i + 1 < printed.length; i++) {
    const left = printed[i]!;
    const right = printed[i + 1]!;
    const a = values.get(left)!;
    const b = values.get(right)!;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || a > 9 || b < 0 || b > 9) continue;
    const merged = a * 10 + b;
    const lhsAfter = found + shiftOf(lhs, left, right, merged - a, b);
    if (same(lhsAfter, expected + shiftOf(rhs, left, right, merged - a, b))) return { left: a, right: b, merged };
  }
  return undefined;
}

/**
 * Σ lhs = Σ rhs. The first lhs cell is where a wrong value is reported. `printed` lists the same terms in the
 * order they are printed on the page (for the split-digit hint).
 */
export function evaluateIdentity(scope: string, lhs: Term[], rhs: Term[], printed: Term[], context: CheckContext): Evaluation<IdentityMessages> {
  const all = [...lhs, ...rhs];
  const cells = all.map((term) => term.ref);
  // Each term read once: the four identity rules evaluate some 40 identities per report.
  const read = new Map(all.map((term) => [term, numberOf(term, context)]));
  const operands = (terms: Term[]): Operand[] => terms.map((term) => ({ ref: term.ref, value: read.get(term) ?? null }));
  const unknown = all.filter((term) => read.get(term) === null);
  if (unknown.length > 0) {
    return { scope, outcome: 'review', key: 'unverifiable', data: { lhs: operands(lhs), rhs: operands(rhs), blanks: unknown.map((t) => t.ref) }, cells };
  }
  const values = read as Map<Term, number>;
  const expected = sum(rhs.map((term) => values.get(term)!));
  const found = sum(lhs.map((term) => values.get(term)!));
  const data = { lhs: operands(lhs), rhs: operands(rhs), expected, found };
  if (same(expected, found)) return { scope, outcome: 'pass', key: 'mismatch', data, expected, found, cells };
  const zeroTotal = lhs.length === 1 && found === 0;
  const hint = splitDigit(lhs, rhs, printed, values, found, expected);
  return {
    scope,
    outcome: 'broken',
    key: zeroTotal ? 'zeroTotal' : 'mismatch',
    data,
    expected,
    found,
    cells,
    ...(hint ? { hint: { key: 'splitDigit' as const, data: hint } } : {}),
  };
}

/** Shared row or column of an identity's cells, so the formula names it once: "（七）总计（自然人）". */
function describe(locale: Locale, operands: Operand[], all: Operand[]) {
  const sameCol = all.every((operand) => operand.ref.col === all[0]!.ref.col);
  const sameRow = all.every((operand) => operand.ref.row === all[0]!.ref.row);
  const short = (ref: CellRef) => (sameCol ? rowLabel(locale, ref.row) : sameRow ? colLabel(locale, ref.col) : cellLabel(locale, ref));
  const names = operands.map((operand) => short(operand.ref)).join(' + ');
  const first = all[0]!.ref;
  const label = sameCol ? LABELS[locale].sep.of(names, colLabel(locale, first.col)) : sameRow ? LABELS[locale].sep.of(rowLabel(locale, first.row), names) : names;
  return { label, short };
}

const MAX_TERMS = 6;
/** "予以公开 2 + 不掌握 1": the non-zero terms with their values (all of them when `every`), "?" for a blank. */
function formula(locale: Locale, operands: Operand[], all: Operand[], zeroText: string, every = false): string {
  const { short } = describe(locale, operands, all);
  const shown = every ? operands : operands.filter((operand) => operand.value !== 0);
  const terms = shown.map((operand) => `${short(operand.ref)} ${operand.value ?? '?'}`);
  if (terms.length === 0) return zeroText;
  return terms.length > MAX_TERMS ? `${terms.slice(0, MAX_TERMS).join(' + ')} + …` : terms.join(' + ');
}

function parts(locale: Locale, { lhs, rhs, expected, found }: IdentityData, zeroText: string) {
  const all = [...lhs, ...rhs];
  return {
    lhs: describe(locale, lhs, all).label,
    rhs: formula(locale, rhs, all, zeroText),
    found: lhs.length > 1 ? `${found}（= ${formula(locale, lhs, all, zeroText, true)}）` : String(found),
    expected,
    diff: Math.abs(found - expected),
  };
}

/** "（三）1.属于国家秘密（自然人）、…": cells named in a message. */
export const cellList = (locale: Locale, cells: readonly CellRef[]) => cells.map((ref) => cellLabel(locale, ref)).join(LABELS[locale].sep.list);

/** The messages of every identity rule. */
export const IDENTITY_MESSAGES: { [K in keyof IdentityMessages]: Localised<IdentityMessages[K]> } = {
  mismatch: {
    'zh-CN': (d) => {
      const p = parts('zh-CN', d, '0');
      return `${p.lhs}应为 ${p.expected}（= ${p.rhs}），实为 ${p.found}，相差 ${p.diff}`;
    },
    en: (d) => {
      const p = parts('en', d, '0');
      return `${p.lhs} should be ${p.expected} (= ${p.rhs}), found ${p.found}, off by ${p.diff}`;
    },
  },
  zeroTotal: {
    'zh-CN': (d) => {
      const p = parts('zh-CN', d, '0');
      return `${p.lhs}填为 0，但其组成项之和为 ${p.expected}（= ${p.rhs}），相差 ${p.diff}`;
    },
    en: (d) => {
      const p = parts('en', d, '0');
      return `${p.lhs} is 0 but its parts add up to ${p.expected} (= ${p.rhs}), off by ${p.diff}`;
    },
  },
  unverifiable: {
    'zh-CN': (d) => {
      const p = parts('zh-CN', { ...d, expected: 0, found: 0 }, '各项均为 0');
      return `无法核对 ${p.lhs} = ${p.rhs}：${cellList('zh-CN', d.blanks)}为空白或无法识别（未当作 0）`;
    },
    en: (d) => {
      const p = parts('en', { ...d, expected: 0, found: 0 }, 'all parts 0');
      return `Cannot verify ${p.lhs} = ${p.rhs}: ${cellList('en', d.blanks)} blank or unreadable (not taken as 0)`;
    },
  },
  splitDigit: {
    'zh-CN': (d) => `提示：若相邻两格「${d.left}」「${d.right}」本是一个数 ${d.merged}，等式即成立，可能是一个数被拆进了两格`,
    en: (d) => `Hint: if the adjacent cells "${d.left}" and "${d.right}" were one number ${d.merged}, the identity would hold`,
  },
};
