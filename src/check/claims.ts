// Prose ↔ table (docs/report-format.md, "Prose ↔ table"), shared by the narrative.* rules. All soft: the prose is a
// claim about the tables, and a mismatch is worth a reviewer's look (warn), never a broken identity. Each rule
// reads the first sentence of its kind; a claim whose table cells cannot be verified is not evaluated.
import type { CellRef } from '../model/parsed';
import { sumOf, type Term } from './terms';
import type { CheckContext } from './types';

export interface ClaimData {
  claimed: number;
  table: number;
}

/** The first number a pattern captures in the prose (its group 1), or null. */
export function firstNumber(pattern: RegExp, text: string): number | null {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : null;
}

/** A claimed number against the sum of table terms; null when the table side cannot be verified. */
export function compareClaim(scope: string, claimed: number, terms: Term[], context: CheckContext) {
  const table = sumOf(terms, context);
  if (table === null) return null;
  const cells: CellRef[] = terms.map((term) => term.ref);
  return { scope, outcome: claimed === table ? ('pass' as const) : ('broken' as const), data: { claimed, table }, expected: table, found: claimed, cells };
}
