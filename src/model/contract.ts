// ParsedReport + findings → the public JSON of json-contract.md, validated by the zod schema.
import type { CheckResult } from '../check/engine';
import { DEFAULT_OPTIONS, type CheckOptions } from '../check/types';
import { formatMessage } from '../i18n/messages';
import { APPLICANT_COLUMNS, DISCLOSURE_FIELDS_2019, DISCLOSURE_FIELDS_2021, REVIEW_COLUMNS } from './keys';
import type { CellRef, ParsedReport, ParsedRow, ParsedValue } from './parsed';
import { ReportJsonSchema, type ReportJson } from './schema';

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

/** The parsed value a reference points at (for notes, badges and jump-to-cell). */
export function valueAt(report: ParsedReport, ref: CellRef): ParsedValue | undefined {
  const rows: Record<string, ParsedRow<string> | undefined> | null | undefined =
    ref.table === 'applications'
      ? report.applications?.rows
      : ref.table === 'reviewLitigation'
        ? report.reviewLitigation
        : ref.table === 'activeDisclosure'
          ? report.activeDisclosure?.items
          : null;
  return rows?.[ref.row]?.values[ref.col];
}

function notesOf(report: ParsedReport): ReportJson['notes'] {
  const notes: ReportJson['notes'] = [];
  const visit = (table: CellRef['table'], row: string, values: Record<string, ParsedValue>) => {
    for (const [col, value] of Object.entries(values)) {
      if (value.status === 'number' && value.text) notes.push({ cell: { table, row, col }, text: value.text });
    }
  };
  for (const [row, parsed] of Object.entries(report.activeDisclosure?.items ?? {})) visit('activeDisclosure', row, parsed.values);
  for (const [row, parsed] of Object.entries(report.applications?.rows ?? {})) visit('applications', row, parsed.values);
  for (const [row, parsed] of Object.entries(report.reviewLitigation ?? {})) visit('reviewLitigation', row, parsed.values);
  return notes;
}

export function toReportJson(report: ParsedReport, result: CheckResult, options: CheckOptions = DEFAULT_OPTIONS): ReportJson {
  const json: ReportJson = {
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
    findings: result.findings.map((finding) => ({
      rule: finding.rule,
      scope: finding.scope,
      outcome: finding.outcome,
      message: formatMessage('zh-CN', finding.key, finding.data) + (finding.hint ? `。${formatMessage('zh-CN', finding.hint.key, finding.hint.data)}` : ''),
      ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
      ...(finding.found !== undefined ? { found: finding.found } : {}),
      cells: finding.cells,
      ...(finding.hint ? { hint: formatMessage('zh-CN', finding.hint.key, finding.hint.data) } : {}),
    })),
    summary: result.summary,
    page: { status: report.status, attachments: report.attachments, images: report.images },
    notes: notesOf(report),
    assumptions: { blanksAsZero: options.blanksAsZero },
  };
  // The contract is public: never hand out JSON that does not match it.
  return ReportJsonSchema.parse(json);
}
