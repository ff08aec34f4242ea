// @vitest-environment node
// PDFs → the same tables the HTML renderings of the same reports give (values typed by hand from the PDFs).
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { adaptPdf } from '@/src/adapters/pdf';
import { analyse } from '@/src/pipeline';
import { REAL_DOCUMENTS, realDocument } from './documents';
import { contractTables, fixtureExpected } from './fixtures';

const key = (f: { rule: string; scope: string }) => `${f.rule} ${f.scope}`;

async function expectFixture(name: string, file: string, read: (file: string) => { name: string; bytes: Uint8Array }) {
  const adapted = await adaptPdf(read(file), { pdfjs });
  const expected = fixtureExpected(name);
  const analysis = analyse(adapted.page);
  expect(analysis).not.toBeNull();
  expect(analysis!.json.report).toEqual(expected.report);
  const tables = contractTables(expected);
  expect(analysis!.json.activeDisclosure).toEqual(tables.activeDisclosure);
  expect(analysis!.json.applications).toEqual(tables.applications);
  expect(analysis!.json.reviewLitigation).toEqual(tables.reviewLitigation);
  const found = analysis!.json.findings.map((f) => ({ rule: f.rule, scope: f.scope, outcome: f.outcome, expected: f.expected ?? null, found: f.found }));
  const sort = <T extends { rule: string; scope: string }>(list: T[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  expect(sort(found)).toEqual(sort(expected.findings.map((f) => ({ expected: null, found: undefined, ...f }))));
  return adapted;
}

describe.skipIf(!REAL_DOCUMENTS)('the three real PDFs', () => {
  it.each([
    ['huaian-city-2024', 'jiangsu_huaian_city_2024.pdf'],
    ['hongze-2023', 'jiangsu_huaian_hongze_2023.pdf'],
    ['hongze-2024', 'jiangsu_huaian_hongze_2024.pdf'],
  ])('%s gives every hand-typed value', async (name, file) => {
    await expectFixture(name, file, realDocument);
  });
});
