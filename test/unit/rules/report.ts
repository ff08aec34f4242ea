// The shared helper of the rule tests: a ParsedReport from a few cell values. A table named in the spec is
// there in full (every row and column of its layout), each value 0 unless the spec says otherwise; a table not
// named is absent. Values: a number; null for a blank cell; MISSING for a row with a cell too few; a string
// for text that is not a number.
import { APPLICANT_COLUMNS, DISCLOSURE_FIELDS_2019, DISCLOSURE_FIELDS_2021, RESULT_ROWS_2019, RESULT_ROWS_2021, REVIEW_BLOCKS, REVIEW_COLUMNS, type Template } from '@/src/model/keys';
import { expect } from 'vitest';
import { formatFinding, runRules } from '@/src/check/engine';
import { checkContext, type CheckInput, type Rule } from '@/src/check/types';
import type { ParsedReport, ParsedRow, ParsedValue } from '@/src/model/parsed';
import { toReportJson } from '@/src/report/json';
import { labelKey } from '@/src/text/normalize';

export const MISSING = Symbol('missing');
export type CellSpec = number | null | string | typeof MISSING;
type RowsSpec = Record<string, Record<string, CellSpec>>;

export interface ReportSpec {
  activeDisclosure?: RowsSpec;
  disclosureTemplate?: '2021' | '2019';
  applications?: RowsSpec;
  applicationsLayout?: '2021' | '2019';
  reviewLitigation?: RowsSpec;
  prose?: string;
  titleYear?: number | null;
  periodYear?: number | null;
  status?: ParsedReport['status'];
  /** The statistics year (default 2023). */
  year?: number;
}

let nextCell = 0;
function valueOf(spec: CellSpec | undefined): ParsedValue {
  const cell = nextCell++;
  if (spec === undefined) return { value: 0, status: 'number', cell };
  if (spec === MISSING) return { value: null, status: 'missing', cell: null };
  if (spec === null) return { value: null, status: 'blank', cell };
  if (typeof spec === 'string') return { value: null, status: 'unreadable', cell, text: spec };
  return { value: spec, status: 'number', cell };
}
function rows(keys: readonly string[], cols: (row: string) => readonly string[], spec: RowsSpec): Record<string, ParsedRow<string>> {
  return Object.fromEntries(
    keys.map((row) => [row, { values: Object.fromEntries(cols(row).map((col) => [col, valueOf(spec[row]?.[col])])), labelCell: nextCell++ }]),
  );
}

export function reportOf(spec: ReportSpec): ParsedReport {
  nextCell = 0;
  const disclosureTemplate = spec.disclosureTemplate ?? '2021';
  const fields: Record<string, readonly string[]> = disclosureTemplate === '2019' ? DISCLOSURE_FIELDS_2019 : DISCLOSURE_FIELDS_2021;
  const layout = spec.applicationsLayout ?? '2021';
  const applicationRows = ['newReceived', 'carriedOver', ...(layout === '2019' ? RESULT_ROWS_2019 : RESULT_ROWS_2021), 'totalHandled', 'carriedForward'];
  const template: Template = spec.activeDisclosure && spec.applications && disclosureTemplate !== layout ? 'mixed' : spec.activeDisclosure ? disclosureTemplate : layout;
  const prose = spec.prose ?? '';
  return {
    source: { url: 'https://example.gov.cn/report.html', title: '测试县人民政府2023年政府信息公开工作年度报告' },
    report: { agency: '测试县人民政府', year: spec.year ?? 2023, template },
    titleYear: spec.titleYear === undefined ? 2023 : spec.titleYear,
    periodYear: spec.periodYear === undefined ? 2023 : spec.periodYear,
    status: spec.status ?? 'tables',
    attachments: [],
    images: 0,
    activeDisclosure: spec.activeDisclosure
      ? { template: disclosureTemplate, items: rows(Object.keys(fields), (item) => fields[item]!, spec.activeDisclosure) }
      : null,
    applications: spec.applications ? { layout, rows: rows(applicationRows, () => APPLICANT_COLUMNS, spec.applications) } : null,
    reviewLitigation: spec.reviewLitigation ? (rows(REVIEW_BLOCKS, () => REVIEW_COLUMNS, spec.reviewLitigation) as ParsedReport['reviewLitigation']) : null,
    prose,
    proseKey: labelKey(prose),
  };
}

/** One rule run through the engine (severity, layouts and all), its findings with their messages in both locales. */
export function check(rule: Rule, report: ParsedReport, input: CheckInput = { blanksAsZero: false }) {
  const { findings, summary } = runRules(report, checkContext(input), [rule]);
  return {
    summary,
    findings: findings.map((finding) => ({ ...finding, zh: formatFinding('zh-CN', finding, [rule]), en: formatFinding('en', finding, [rule]) })),
  };
}

/** The passing case: the rule evaluated something and found nothing wrong. */
export function expectPasses(rule: Rule, report: ParsedReport, input?: CheckInput) {
  const result = check(rule, report, input);
  expect(result.findings).toEqual([]);
  expect(result.summary.pass, 'evaluated at least once').toBeGreaterThan(0);
}

/** The failing case: the findings, for the test to state exactly. */
export function expectFails(rule: Rule, report: ParsedReport, input?: CheckInput) {
  const { findings } = check(rule, report, input);
  expect(findings, 'at least one finding').not.toEqual([]);
  return findings;
}

/** Last year's report as the history holds it: the contract JSON of a report built the same way. */
export function previousYearOf(spec: ReportSpec) {
  return toReportJson(reportOf(spec), { findings: [], summary: { fail: 0, warn: 0, review: 0, pass: 0 } });
}
