// Where the adapter tests find their documents: the ones we made (test/fixtures/documents/, committed) and the
// real ones kept only in the shared research folder beside the repository (never committed: they are public
// documents fetched for research). A test of a real document is skipped, saying so, when that folder is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { DocumentInput } from '@/src/adapters/types';
import type { Analysis } from '@/src/pipeline';
import { contractTables, type Expected } from './fixtures';

const REPO = resolve(process.cwd());
export const MADE_DOCUMENTS = join(REPO, 'test/fixtures/documents');

/** `shared/research/real-pdf` in the repository's parent folder, or in one of its ancestors (a worktree). */
function findRealDocuments(): string | null {
  for (let dir = dirname(REPO); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared/research/real-pdf');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return null;
  }
}
export const REAL_DOCUMENTS = findRealDocuments();
if (!REAL_DOCUMENTS) console.warn('SKIPPED: the real PDFs and Word template (../shared/research/real-pdf/) are not beside this checkout');

export function madeDocument(name: string): DocumentInput {
  return { name, bytes: new Uint8Array(readFileSync(join(MADE_DOCUMENTS, name))) };
}
export function realDocument(name: string): DocumentInput {
  return { name, bytes: new Uint8Array(readFileSync(join(REAL_DOCUMENTS!, name))) };
}

/** The analysis of an adapted document against the hand-worked values of the page it was made from. */
export function expectHandWorkedValues(analysis: Analysis | null, expected: Expected): void {
  if (expected.report === null) {
    expect(analysis).toBeNull();
    return;
  }
  expect(analysis).not.toBeNull();
  expect(analysis!.json.report).toEqual(expected.report);
  const tables = contractTables(expected);
  expect(analysis!.json.activeDisclosure).toEqual(tables.activeDisclosure);
  expect(analysis!.json.applications).toEqual(tables.applications);
  expect(analysis!.json.reviewLitigation).toEqual(tables.reviewLitigation);
  const key = (f: { rule: string; scope: string }) => `${f.rule} ${f.scope}`;
  const byKey = new Map(expected.findings.map((f) => [key(f), f]));
  const found = analysis!.json.findings.map((f) => {
    const wanted = byKey.get(key(f));
    // expected/found are compared where the hand-worked finding states them (as in fixtures.test.ts).
    return wanted && 'expected' in wanted ? { rule: f.rule, scope: f.scope, outcome: f.outcome, expected: f.expected ?? null, found: f.found } : { rule: f.rule, scope: f.scope, outcome: f.outcome };
  });
  const sort = <T extends { rule: string; scope: string }>(list: T[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  expect(sort(found)).toEqual(sort(expected.findings));
}
