// ParsedReport + findings → the public JSON of docs/json-contract.md. The phase after check: it reads the findings
// and words them (in Chinese, the contract's language) through their rules. Built by typed code on every scan, it is
// validated by the zod schema where it leaves us (copy and download, the batch zip, the history, the command line),
// not here: validating on every scan was a sixth of the report page's pipeline (issue 15, bench). The fuzz tests
// hold every built JSON to the schema.
import { formatFinding, type CheckResult } from '../check/engine';
import { DEFAULT_OPTIONS, type CheckOptions } from '../check/types';
import { tableCells } from '../model/cells';
import { APPLICANT_COLUMNS, DISCLOSURE_FIELDS_2019, DISCLOSURE_FIELDS_2021, REVIEW_COLUMNS } from '../model/keys';
import type { ParsedReport, ParsedRow } from '../model/parsed';
import type { ReportJson } from '../model/schema';

const numbers = <K extends string>(row: ParsedRow<K> | undefined, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, row?.values[key]?.value ?? null])) as Record<K, number | null>;

function disclosureJson(report: ParsedReport): ReportJson['activeDisclosure'] {
  const disclosure = report.activeDisclosure;
  if (!disclosure) return null;
  const fields: Record<string, readonly string[]> = disclosure.template === '2019' ? DISCLOSURE_FIELDS_2019 : DISCLOSURE_FIELDS_2021;
  return Object.fromEntries(
    Object.entries(fields).map(([item, keys]) => [item, numbers(disclosure.items[item as keyof typeof disclosure.items], keys)]),
  ) as ReportJson['activeDisclosure'];
}

function applicationsJson(report: ParsedReport): ReportJson['applications'] {
  if (!report.applications) return null;
  return Object.fromEntries(
    Object.entries(report.applications.rows).map(([row, values]) => [row, numbers(values, APPLICANT_COLUMNS)]),
  );
}

/** Text after a number in a cell, e.g. "22（其中修订16件）": kept so the number's reading can be checked. */
function notesOf(report: ParsedReport): ReportJson['notes'] {
  return tableCells(report)
    .filter(({ value }) => value.status === 'number' && value.text)
    .map(({ ref, value }) => ({ cell: ref, text: value.text! }));
}

export function toReportJson(report: ParsedReport, result: CheckResult, options: CheckOptions = DEFAULT_OPTIONS): ReportJson {
  return {
    schemaVersion: 1,
    source: report.source,
    report: report.report,
    activeDisclosure: disclosureJson(report),
    applications: applicationsJson(report),
    reviewLitigation: report.reviewLitigation
      ? (Object.fromEntries(
          Object.entries(report.reviewLitigation).map(([block, row]) => [block, numbers(row, REVIEW_COLUMNS)]),
        ) as ReportJson['reviewLitigation'])
      : null,
    findings: result.findings.map((finding) => {
      const { message, hint } = formatFinding('zh-CN', finding);
      return {
        rule: finding.rule,
        scope: finding.scope,
        outcome: finding.outcome,
        message: message + (hint ? `。${hint}` : ''),
        ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
        ...(finding.found !== undefined ? { found: finding.found } : {}),
        cells: finding.cells,
        ...(hint ? { hint } : {}),
      };
    }),
    summary: result.summary,
    page: { status: report.status, attachments: report.attachments, images: report.images, ...(report.document ? { source: report.document } : {}) },
    notes: notesOf(report),
    assumptions: { blanksAsZero: options.blanksAsZero },
  };
}
