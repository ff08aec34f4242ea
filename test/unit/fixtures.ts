// Loads the fixture pages and their hand-worked expected values (test/fixtures/*.expected.json).
import { JSDOM } from 'jsdom';
import { expect } from 'vitest';
import type { ReportJson } from '@/src/model/schema';
import { APPLICANT_COLUMNS, DISCLOSURE_FIELDS_2019, DISCLOSURE_FIELDS_2021, REVIEW_BLOCKS, REVIEW_COLUMNS, RESULT_ROWS_2019, RESULT_ROWS_2021 } from '@/src/model/keys';

const pages = import.meta.glob('../fixtures/pages/*.html', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const expectations = import.meta.glob('../fixtures/*.expected.json', { import: 'default', eager: true }) as Record<string, Expected>;

export interface ExpectedFinding {
  rule: string;
  scope: string;
  outcome: string;
  expected?: number | null;
  found?: number | null;
}
export interface Expected {
  /** null: the page is not a report. */
  report: { agency: string | null; year: number | null; template: string } | null;
  status: string | null;
  images?: number;
  notes?: unknown[];
  activeDisclosure?: Record<string, unknown> & { template: '2021' | '2019' };
  applications?: { layout: '2021' | '2019'; rows: (number | null)[][] };
  reviewLitigation?: (number | null)[];
  attachments?: { url: string; text: string }[];
  findings: ExpectedFinding[];
}

export function fixtureNames(): string[] {
  return Object.keys(expectations).map((path) => path.replace(/^.*\//, '').replace('.expected.json', '')).sort();
}
export function fixtureHtml(name: string): string {
  const html = pages[`../fixtures/pages/${name}.html`];
  if (html === undefined) throw new Error(`no page for fixture ${name}`);
  return html;
}
export function fixtureExpected(name: string): Expected {
  return expectations[`../fixtures/${name}.expected.json`]!;
}
export const fixtureUrl = (name: string) => `https://example.gov.cn/${name}.html`;

/** A real JSDOM document with a URL, so relative links resolve as in a browser (no scripts run). */
export function fixtureDocument(name: string): Document {
  return new JSDOM(fixtureHtml(name), { url: fixtureUrl(name) }).window.document;
}

/** A constructed export of an earlier year (test/fixtures/cross-year/), as the contract JSON an import would read. */
export function exportedReport(expected: Expected & { url: string }): ReportJson {
  return {
    schemaVersion: 1,
    source: { url: expected.url, title: `${expected.report!.agency}${expected.report!.year}年政府信息公开工作年度报告` },
    report: expected.report as ReportJson['report'],
    ...(contractTables(expected) as Pick<ReportJson, 'activeDisclosure' | 'applications' | 'reviewLitigation'>),
    findings: [],
    summary: { fail: 0, warn: 0, review: 0, pass: 0 },
    page: { status: 'tables', attachments: [], images: 0 },
    notes: [],
    assumptions: { blanksAsZero: false },
  };
}

/** The compact hand-typed arrays, spelled out in the contract's shape. */
export function contractTables(expected: Expected) {
  const zip = (keys: readonly string[], values: unknown[]) => Object.fromEntries(keys.map((key, i) => [key, values[i]]));
  const ad = expected.activeDisclosure;
  const activeDisclosure = ad
    ? Object.fromEntries(
        Object.entries(ad.template === '2019' ? DISCLOSURE_FIELDS_2019 : DISCLOSURE_FIELDS_2021).map(([item, fields]) => [item, zip(fields, ad[item] as unknown[])]),
      )
    : null;
  const app = expected.applications;
  const rowKeys = app
    ? ['newReceived', 'carriedOver', ...(app.layout === '2019' ? RESULT_ROWS_2019 : RESULT_ROWS_2021), 'totalHandled', 'carriedForward']
    : [];
  const applications = app ? Object.fromEntries(rowKeys.map((row, i) => [row, zip(APPLICANT_COLUMNS, app.rows[i]!)])) : null;
  const rl = expected.reviewLitigation;
  const reviewLitigation = rl ? Object.fromEntries(REVIEW_BLOCKS.map((block, b) => [block, zip(REVIEW_COLUMNS, rl.slice(b * 5, b * 5 + 5))])) : null;
  return { activeDisclosure, applications, reviewLitigation };
}

/** Exactly the hand-worked findings; expected/found are compared where the hand-worked finding states them. */
export function expectSameFindings(found: ReportJson['findings'], wanted: ExpectedFinding[]): void {
  const key = (f: { rule: string; scope: string }) => `${f.rule} ${f.scope}`;
  const byKey = new Map(wanted.map((f) => [key(f), f]));
  const actual = found.map((f) => {
    const hand = byKey.get(key(f));
    return hand && 'expected' in hand ? { rule: f.rule, scope: f.scope, outcome: f.outcome, expected: f.expected ?? null, found: f.found } : { rule: f.rule, scope: f.scope, outcome: f.outcome };
  });
  const sort = <T extends { rule: string; scope: string }>(list: T[]) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  expect(sort(actual)).toEqual(sort(wanted));
}
