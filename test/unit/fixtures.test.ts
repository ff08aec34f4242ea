// Every fixture page, read the way the content script reads it, gives the values worked out by hand.
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/src/extract/extract';
import { analyse } from '@/src/pipeline';
import { contractTables, fixtureDocument, fixtureExpected, fixtureNames, fixtureUrl } from './fixtures';

const key = (f: { rule: string; scope: string }) => `${f.rule} ${f.scope}`;

describe.each(fixtureNames())('fixture %s', (name) => {
  const expected = fixtureExpected(name);
  const analysis = analyse(extractPage(fixtureDocument(name), fixtureUrl(name)).page);

  if (expected.report === null) {
    it('is not taken for a report', () => expect(analysis).toBeNull());
    return;
  }

  it('is recognised with the right agency, year, template and status', () => {
    expect(analysis).not.toBeNull();
    expect(analysis!.json.report).toEqual(expected.report);
    expect(analysis!.json.page.status).toBe(expected.status);
    if (expected.attachments) expect(analysis!.json.page.attachments).toEqual(expected.attachments);
    if (expected.images !== undefined) expect(analysis!.json.page.images).toBe(expected.images);
    if (expected.notes) expect(analysis!.json.notes).toEqual(expected.notes);
  });

  it('reads every table value', () => {
    const tables = contractTables(expected);
    expect(analysis!.json.activeDisclosure).toEqual(tables.activeDisclosure);
    expect(analysis!.json.applications).toEqual(tables.applications);
    expect(analysis!.json.reviewLitigation).toEqual(tables.reviewLitigation);
  });

  it('yields exactly the expected findings', () => {
    const byKey = new Map(expected.findings.map((f) => [key(f), f]));
    const found = analysis!.json.findings.map((f) => {
      const wanted = byKey.get(key(f));
      // expected/found are compared where the hand-worked finding states them.
      return wanted && 'expected' in wanted ? { rule: f.rule, scope: f.scope, outcome: f.outcome, expected: f.expected ?? null, found: f.found } : { rule: f.rule, scope: f.scope, outcome: f.outcome };
    });
    const sort = <T extends { rule: string; scope: string }>(list: T[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sort(found)).toEqual(sort(expected.findings));
  });
});
