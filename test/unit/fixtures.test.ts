// Every fixture page, read the way the content script reads it, gives the values worked out by hand.
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/src/extract/extract';
import { ReportJsonSchema } from '@/src/model/schema';
import { analyse } from '@/src/pipeline';
import { contractTables, expectSameFindings, fixtureDocument, fixtureExpected, fixtureNames, fixtureUrl } from './fixtures';

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

  it('yields exactly the expected findings', () => expectSameFindings(analysis!.json.findings, expected.findings));

  // The pipeline no longer validates on every scan (src/report/json.ts): what it builds must be the contract exactly.
  it('builds JSON that is exactly the contract', () => expect(ReportJsonSchema.parse(analysis!.json)).toEqual(analysis!.json));
});
