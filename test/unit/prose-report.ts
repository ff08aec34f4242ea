// A parsed report built from a few table values and real prose, for the prose rules' tests. Every application
// row not given is 0 across the row; table 四 is 0 unless given (15 values, printed order).
import { APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_BLOCKS, REVIEW_COLUMNS, type ApplicationRow } from '@/src/model/keys';
import type { CheckInput } from '@/src/check/types';
import type { ParsedReport, ParsedValue } from '@/src/model/parsed';
import type { ReportJson } from '@/src/model/schema';
import { labelKey } from '@/src/text/normalize';

const value = (n: number): ParsedValue => ({ value: n, status: 'number', cell: null });
const row = (values: number[], cols: readonly string[]) => ({ values: Object.fromEntries(cols.map((c, i) => [c, value(values[i]!)])), labelCell: null });

export interface ReportSpec {
  prose: string;
  agency?: string;
  year?: number;
  /** Table 三 rows: seven values, 自然人 … 总计. */
  applications?: Partial<Record<ApplicationRow, number[]>>;
  review?: number[];
}

export function proseReport(spec: ReportSpec): ParsedReport {
  const rows = APPLICATION_ROWS.filter((key) => key !== 'other.all').map((key) => [key, row(spec.applications?.[key] ?? [0, 0, 0, 0, 0, 0, 0], APPLICANT_COLUMNS)]);
  const review = spec.review ?? new Array(15).fill(0);
  return {
    source: { url: 'https://example.gov.cn/report.html', title: '' },
    report: { agency: spec.agency ?? '某县人民政府', year: spec.year ?? 2023, template: '2021' },
    titleYear: spec.year ?? 2023,
    periodYear: null,
    status: 'tables',
    attachments: [],
    images: 0,
    activeDisclosure: null,
    applications: { layout: '2021', rows: Object.fromEntries(rows) },
    reviewLitigation: Object.fromEntries(REVIEW_BLOCKS.map((block, b) => [block, row(review.slice(b * 5, b * 5 + 5), REVIEW_COLUMNS)])) as ParsedReport['reviewLitigation'],
    prose: spec.prose,
    proseKey: labelKey(spec.prose),
  };
}

/** A contract JSON of last year with the given table 三 (for crossYear.copied). */
export function lastYearJson(year: number, applications: Partial<Record<ApplicationRow, number[]>>): ReportJson {
  const rows = Object.fromEntries(
    APPLICATION_ROWS.filter((key) => key !== 'other.all').map((key) => [key, Object.fromEntries(APPLICANT_COLUMNS.map((col, i) => [col, (applications[key] ?? [0, 0, 0, 0, 0, 0, 0])[i]!]))]),
  );
  return {
    schemaVersion: 1,
    source: { url: 'https://example.gov.cn/last.html', title: '' },
    report: { agency: '某县人民政府', year, template: '2021' },
    activeDisclosure: null,
    applications: rows as ReportJson['applications'],
    reviewLitigation: null,
    findings: [],
    summary: { fail: 0, warn: 0, review: 0, pass: 0 },
    page: { status: 'tables', attachments: [], images: 0 },
    notes: [],
    assumptions: { blanksAsZero: false },
  };
}

// Reports in real wording on which the prose rules that no fixture page breaks do break (and hold), for the
// registry's "passes on some fixture and fails on another" test.
const shareProse = '全年共受理政府信息公开申请1191件，其中予以公开及部分公开208件（17.46%）。';
const shareTables = { newReceived: [1191, 0, 0, 0, 0, 0, 1191], granted: [200, 0, 0, 0, 0, 0, 200], partiallyGranted: [8, 0, 0, 0, 0, 0, 8] };
const copiedTables = { newReceived: [3, 1, 0, 0, 0, 0, 4], granted: [3, 1, 0, 0, 0, 0, 4], totalHandled: [3, 1, 0, 0, 0, 0, 4] };
export const PROSE_CASES: { name: string; report: ParsedReport; input: CheckInput }[] = [
  { name: 'prose: share 17.46% of 1191', report: proseReport({ prose: shareProse, applications: shareTables }), input: { blanksAsZero: false } },
  { name: 'prose: share 17.64% of 1191', report: proseReport({ prose: shareProse.replace('17.46', '17.64'), applications: shareTables }), input: { blanksAsZero: false } },
  { name: 'prose: a 2023 report dated 2023', report: proseReport({ prose: '发布日期：2023-12-28', year: 2023 }), input: { blanksAsZero: false } },
  { name: 'prose: a department late', report: proseReport({ prose: '发布时间：2024-02-20 09:30', agency: '某县教育局', year: 2023 }), input: { blanksAsZero: false } },
  {
    // Constructed: none of the real reports at hand reports on last year's problems.
    name: 'prose: 五 reports last year\'s 整改',
    report: proseReport({ prose: '五、存在的主要问题及改进情况\n针对上年度报告中指出的政策解读形式单一的问题，今年已完成整改。\n六、其他需要报告的事项\n本年度未收取信息处理费。' }),
    input: { blanksAsZero: false },
  },
  { name: 'table 三 as last year', report: proseReport({ prose: '', applications: copiedTables }), input: { blanksAsZero: false, previousYear: lastYearJson(2022, copiedTables) } },
];
