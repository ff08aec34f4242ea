// Every fixture page, read the way the content script reads it, gives the values worked out by hand.
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/src/extract/extract';
import { analyse } from '@/src/pipeline';
import { contractTables, fixtureDocument, fixtureExpected, fixtureNames } from './fixtures';

describe.each(fixtureNames())('fixture %s', (name) => {
  const expected = fixtureExpected(name);
  const analysis = analyse(extractPage(fixtureDocument(name), `https://example.gov.cn/${name}.html`).page);

  it('is recognised with the right agency, year, template and status', () => {
    expect(analysis).not.toBeNull();
    expect(analysis!.json.report).toEqual(expected.report);
    expect(analysis!.json.page.status).toBe(expected.status);
  });

  it('reads every table value', () => {
    const tables = contractTables(expected);
    expect(analysis!.json.activeDisclosure).toEqual(tables.activeDisclosure);
    expect(analysis!.json.applications).toEqual(tables.applications);
    expect(analysis!.json.reviewLitigation).toEqual(tables.reviewLitigation);
  });

  it('yields exactly the expected findings', () => {
    const found = analysis!.json.findings.map((f) => ({
      rule: f.rule,
      scope: f.scope,
      outcome: f.outcome,
      ...('expected' in (expected.findings.find((e) => e.rule === f.rule && e.scope === f.scope) ?? {}) ? { expected: f.expected, found: f.found } : {}),
    }));
    const sort = (list: { rule: string; scope: string }[]) => [...list].sort((a, b) => `${a.rule} ${a.scope}`.localeCompare(`${b.rule} ${b.scope}`));
    expect(sort(found)).toEqual(sort(expected.findings));
  });
});
