// Prose ↔ table (report-format.md "Prose ↔ table"). All soft: the prose is a claim about the tables, and a
// mismatch is worth a reviewer's look (warn), never a broken identity. Each rule reads the first sentence
// of its kind; a claim whose table cells are blank or absent is not evaluated.
import { ORGANISATION_COLUMNS, REVIEW_BLOCKS, RESULT_ROWS_2019, RESULT_ROWS_2021, type ApplicationRow } from '../../model/keys';
import type { CellRef } from '../../model/parsed';
import { cleanText, labelKey } from '../../text/normalize';
import { applicationTerm, numberOf, reviewTerm, type Term } from '../terms';
import { DEFAULT_OPTIONS, type Evaluation, type Rule } from '../types';

const firstNumber = (pattern: RegExp, text: string): number | null => {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : null;
};
/** Sum of table terms, or null if any is not a number (then the claim cannot be compared). */
function total(terms: Term[]): number | null {
  let sum = 0;
  for (const term of terms) {
    const value = numberOf(term, DEFAULT_OPTIONS);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}
function compare(scope: string, claimed: number, terms: Term[], key: Evaluation['key'], data: Record<string, unknown> = {}): Evaluation[] {
  const table = total(terms);
  if (table === null) return [];
  const cells: CellRef[] = terms.map((term) => term.ref);
  const outcome = claimed === table ? 'pass' : 'warn';
  return [{ scope, outcome, key, data: { claimed, table, ...data }, expected: table, found: claimed, cells }];
}

// 共收到/新收/受理/接收 政府信息公开申请 X 件 (seeds: "全年共收到政府信息公开申请10件", "接受依申请公开0件",
// "新收到自然人提交的信息公开申请4件", 淮安市: "全市共受理政府信息公开申请 3119 件").
const RECEIVED = /(?:收到|新收|受理|接收|接受)[^。；，,0-9]{0,20}?(?:申请|依申请公开)(\d+)件/;
const HANDLED = /(?:答复|办结)(?:政府信息公开申请|申请)?(\d+)件/;
const CARRIED = /含上年度?结转(?:申请)?(\d+)件/;

export const narrativeReceived: Rule = {
  id: 'narrative.received',
  title: 'narrative',
  severity: 'warn',
  tables: ['narrative', 'applications'],
  messages: ['narrative.received'],
  evaluate(report) {
    const claimed = firstNumber(RECEIVED, report.proseKey);
    if (claimed === null || !report.applications) return [];
    const received = total([applicationTerm(report, 'newReceived', 'total')]);
    const carried = total([applicationTerm(report, 'carriedOver', 'total')]);
    if (received === null) return [];
    // Both readings occur in real reports: new requests only, or new plus carried over.
    const withCarry = carried === null ? null : received + carried;
    const outcome = claimed === received || claimed === withCarry ? 'pass' : 'warn';
    const cells: CellRef[] = [{ table: 'applications', row: 'newReceived', col: 'total' }, { table: 'applications', row: 'carriedOver', col: 'total' }];
    return [{ scope: 'received', outcome, key: 'narrative.received', data: { claimed, table: received, withCarry: withCarry ?? '?' }, expected: received, found: claimed, cells }];
  },
};

export const narrativeHandled: Rule = {
  id: 'narrative.handled',
  title: 'narrative',
  severity: 'warn',
  tables: ['narrative', 'applications'],
  messages: ['narrative.handled', 'narrative.carried'],
  evaluate(report) {
    if (!report.applications) return [];
    const text = report.proseKey;
    const handled = firstNumber(HANDLED, text);
    const carried = firstNumber(CARRIED, text);
    return [
      ...(handled === null ? [] : compare('handled', handled, [applicationTerm(report, 'totalHandled', 'total')], 'narrative.handled')),
      ...(carried === null ? [] : compare('carriedOver', carried, [applicationTerm(report, 'carriedOver', 'total')], 'narrative.carried')),
    ];
  },
};

// "其中自然人 p 件，法人或其他组织 q 件"; seed 004: "新收到自然人提交的信息公开申请4件" vs 3 自然人 + 1 商业企业.
const NATURAL = /自然人[^。；，,0-9]{0,12}?(\d+)件/;
const ORGANISATION = /法人或其他组织[^。；，,0-9]{0,12}?(\d+)件/;

export const narrativeApplicants: Rule = {
  id: 'narrative.applicants',
  title: 'narrative',
  severity: 'warn',
  tables: ['narrative', 'applications'],
  messages: ['narrative.applicant'],
  evaluate(report) {
    if (!report.applications) return [];
    const text = report.proseKey;
    const natural = firstNumber(NATURAL, text);
    const organisation = firstNumber(ORGANISATION, text);
    return [
      ...(natural === null ? [] : compare('naturalPerson', natural, [applicationTerm(report, 'newReceived', 'naturalPerson')], 'narrative.applicant', { who: 'naturalPerson' })),
      ...(organisation === null
        ? []
        : compare('organisations', organisation, ORGANISATION_COLUMNS.map((col) => applicationTerm(report, 'newReceived', col)), 'narrative.applicant', { who: 'organisations' })),
    ];
  },
};

const GROUPS: Record<string, (rows: readonly ApplicationRow[]) => ApplicationRow[]> = {
  予以公开: () => ['granted'],
  部分公开: () => ['partiallyGranted'],
  不予公开: (rows) => rows.filter((row) => row.startsWith('withheld.')),
  无法提供: (rows) => rows.filter((row) => row.startsWith('unavailable.')),
  不予处理: (rows) => rows.filter((row) => row.startsWith('notProcessed.')),
  其他处理: (rows) => rows.filter((row) => row.startsWith('other.')),
};
const GROUP_CLAIM = /(予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)(\d+)件/g;

export const narrativeResultGroups: Rule = {
  id: 'narrative.result-groups',
  title: 'narrative',
  severity: 'warn',
  tables: ['narrative', 'applications'],
  messages: ['narrative.resultGroup'],
  evaluate(report) {
    if (!report.applications) return [];
    const rows = report.applications.layout === '2019' ? RESULT_ROWS_2019 : RESULT_ROWS_2021;
    const seen = new Set<string>();
    const out: Evaluation[] = [];
    for (const [, group, count] of report.proseKey.matchAll(GROUP_CLAIM)) {
      if (seen.has(group!)) continue;
      seen.add(group!);
      const terms = GROUPS[group!]!(rows).map((row) => applicationTerm(report, row, 'total'));
      out.push(...compare(group!, Number(count), terms, 'narrative.resultGroup', { group }));
    }
    return out;
  },
};

const REVIEW_CLAIM = /行政复议(?:案件)?(\d+)件/;
const LITIGATION_CLAIM = /行政诉讼(?:案件)?(\d+)件/;
const NONE_CLAIMED = /未(?:发生|引起|产生|出现|有)[^。；，,]{0,8}?行政复议/;

export const narrativeReviewLitigation: Rule = {
  id: 'narrative.review-litigation',
  title: 'narrative',
  severity: 'warn',
  tables: ['narrative', 'reviewLitigation'],
  messages: ['narrative.review', 'narrative.litigation', 'narrative.noneClaimed'],
  evaluate(report) {
    if (!report.reviewLitigation) return [];
    const text = report.proseKey;
    const review = firstNumber(REVIEW_CLAIM, text);
    const litigation = firstNumber(LITIGATION_CLAIM, text);
    const out: Evaluation[] = [
      ...(review === null ? [] : compare('review', review, [reviewTerm(report, 'review', 'total')], 'narrative.review')),
      ...(litigation === null
        ? []
        : compare('litigation', litigation, [reviewTerm(report, 'litigationDirect', 'total'), reviewTerm(report, 'litigationAfterReview', 'total')], 'narrative.litigation')),
    ];
    if (NONE_CLAIMED.test(text)) {
      // "未发生行政复议、行政诉讼": all three 总计 must be 0.
      const totals = REVIEW_BLOCKS.map((block) => reviewTerm(report, block, 'total'));
      const nonZero = totals.filter((term) => (numberOf(term, DEFAULT_OPTIONS) ?? 0) !== 0).map((term) => term.ref);
      const cells = totals.map((term) => term.ref);
      out.push({ scope: 'none', outcome: nonZero.length ? 'warn' : 'pass', key: 'narrative.noneClaimed', data: { nonZero }, expected: 0, cells });
    }
    return out;
  },
};

export const narrativePeriodYear: Rule = {
  id: 'narrative.period-year',
  title: 'narrative',
  severity: 'warn',
  tables: ['narrative'],
  messages: ['narrative.periodYear'],
  evaluate(report) {
    const { periodYear: period, titleYear: title } = report;
    if (period === null || title === null) return [];
    const data = { period, title };
    return [{ scope: 'period', outcome: period === title ? 'pass' : 'warn', key: 'narrative.periodYear', data, expected: title, found: period, cells: [] }];
  },
};

// "主动公开政府信息4042条，其中…1495条，…2918条" (seed 000): the parts after 其中 add up to more than the whole.
const WHOLE_THEN_PARTS = /(\d+)(条|件|个|项|篇|期)[,，]?其中(.*)$/;

export const narrativePartsExceedWhole: Rule = {
  id: 'narrative.parts-exceed-whole',
  title: 'partsExceedWhole',
  severity: 'warn',
  tables: ['narrative'],
  messages: ['narrative.partsExceedWhole'],
  evaluate(report) {
    const out: Evaluation[] = [];
    for (const sentence of report.prose.normalize('NFKC').split(/[。；;！!？?\n]/)) {
      const text = labelKey(sentence);
      const match = WHOLE_THEN_PARTS.exec(text);
      if (!match) continue;
      const whole = Number(match[1]);
      // A part is a number with the same unit, not followed by 次 ("件次" counts something else).
      const parts = [...match[3]!.matchAll(new RegExp(`(\\d+)${match[2]}(?!次)`, 'g'))].map((part) => Number(part[1]));
      if (parts.length < 2) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      const excerpt = cleanText(sentence).slice(0, 80);
      out.push({ scope: `${whole}${match[2]}`, outcome: sum > whole ? 'warn' : 'pass', key: 'narrative.partsExceedWhole', data: { excerpt, sum, whole }, expected: whole, found: sum, cells: [] });
    }
    return out;
  },
};
