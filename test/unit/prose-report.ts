// A parsed report from real prose and a few table values, for the prose rules' tests: rows as seven values
// (自然人 … 总计), table 四 as its 15 values in printed order; the rule tests' reportOf builds it.
import { APPLICANT_COLUMNS, REVIEW_BLOCKS, REVIEW_COLUMNS, type ApplicationRow } from '@/src/model/keys';
import type { CheckInput } from '@/src/check/types';
import type { ParsedReport } from '@/src/model/parsed';
import type { ReportJson } from '@/src/model/schema';
import { previousYearOf, reportOf, type ReportSpec as CellSpec } from './rules/report';

export interface ReportSpec {
  prose: string;
  agency?: string;
  year?: number;
  /** Table 三 rows: seven values, 自然人 … 总计; rows not given are 0. */
  applications?: Partial<Record<ApplicationRow, number[]>>;
  review?: number[];
}

function cellSpec(spec: Omit<ReportSpec, 'prose'> & { prose?: string }): CellSpec {
  const applications = Object.fromEntries(Object.entries(spec.applications ?? {}).map(([row, values]) => [row, Object.fromEntries(APPLICANT_COLUMNS.map((col, i) => [col, values![i]!]))]));
  const review = spec.review ?? [];
  const reviewLitigation = Object.fromEntries(REVIEW_BLOCKS.map((block, b) => [block, Object.fromEntries(REVIEW_COLUMNS.map((col, c) => [col, review[b * 5 + c] ?? 0]))]));
  return { prose: spec.prose, year: spec.year, applications, reviewLitigation };
}

export function proseReport(spec: ReportSpec): ParsedReport {
  const report = reportOf(cellSpec(spec));
  return { ...report, report: { ...report.report, agency: spec.agency ?? '某县人民政府' } };
}

/** Last year's contract JSON with the given table 三 (for crossYear.copied). */
export function lastYearJson(year: number, applications: ReportSpec['applications']): ReportJson {
  return previousYearOf({ ...cellSpec({ applications }), year });
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
