// A parsed report built from a few table values and real prose, for the prose rules' tests. Every application
// row not given is 0 across the row; table 四 is 0 unless given (15 values, printed order).
import { APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_BLOCKS, REVIEW_COLUMNS, type ApplicationRow } from '@/src/model/keys';
import type { ParsedReport, ParsedValue } from '@/src/model/parsed';
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
