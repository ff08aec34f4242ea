// What an imported file may put into the history. The contract's schema (src/model/schema.ts) says which fields
// exist; a file the user picks can hold anything that fits it: `javascript:` or `file:` source addresses later
// shown as links, `year: 1e308`, counts of −3 or 2.5, megabytes of text (issue 17). These checks come on top.
import { ReportJsonSchema, type ReportJson } from '../model/schema';

export const IMPORT_LIMITS = {
  /** Wide around the real range: the first reports are of 2008, when the disclosure regulations took effect. */
  year: { min: 1990, max: 2100 },
  /** No real table count reaches this; it keeps arithmetic exact. */
  maxCount: 1e9,
  /** Characters of any one text (agency, title, message, address). */
  maxText: 2_000,
  /** Findings, notes, attachments. */
  maxItems: 5_000,
};

/** Addresses an imported report may carry; only http(s) are ever shown as links (src/history/site.ts isLinkable). */
const ALLOWED_URL = /^(https?:\/\/|file:\/\/\/)/i;

/** The report when the candidate is a valid report JSON that passes every check, else null. */
export function importedReport(candidate: unknown): ReportJson | null {
  const parsed = ReportJsonSchema.safeParse(candidate);
  if (!parsed.success) return null;
  const report = parsed.data;
  const { year } = report.report;
  const urls = [report.source.url, ...report.page.attachments.map((attachment) => attachment.url)];
  const acceptable =
    (year === null || (Number.isInteger(year) && year >= IMPORT_LIMITS.year.min && year <= IMPORT_LIMITS.year.max)) &&
    urls.every((url) => ALLOWED_URL.test(url)) &&
    countsAreWhole(report.applications) &&
    countsAreWhole(report.reviewLitigation) &&
    countsAreWhole(report.summary) &&
    // Table 二 holds amounts (收费金额 in 万元, fractional) and the 2019 layout's 增/减 (negative): finite only.
    numbersAreFinite(report.activeDisclosure) &&
    withinSizes(report);
  return acceptable ? report : null;
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbersIn);
}
const countsAreWhole = (table: unknown) => numbersIn(table).every((n) => Number.isInteger(n) && n >= 0 && n <= IMPORT_LIMITS.maxCount);
const numbersAreFinite = (table: unknown) => numbersIn(table).every((n) => Number.isFinite(n) && Math.abs(n) <= IMPORT_LIMITS.maxCount);

function withinSizes(report: ReportJson): boolean {
  const lists = [report.findings, report.notes, report.page.attachments];
  if (lists.some((list) => list.length > IMPORT_LIMITS.maxItems)) return false;
  const texts = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
  return texts(report).every((text) => text.length <= IMPORT_LIMITS.maxText);
}
