// Prose ↔ table, read as claims (src/check/prose/): every count the prose states is compared with every legitimate
// reading of the tables; no reading fits → warn, quoting the sentence. All soft: the prose is a claim about the
// tables, never a broken identity. A count whose subject is only a part of the reporting government (洪泽区 2024:
// "区政府办代表区政府受理政府信息公开申请17件" against 95 in table 三) is a softer finding that says so (review).
import type { ParsedReport } from '../../model/parsed';
import { isGovernment } from '../prose/agency';
import type { Category } from '../prose/claims';
import { proseOf } from '../prose/reading';
import { percentBases, shareFits } from '../prose/readings';
import { quote, type Sentence } from '../prose/sentences';
import { numberOf, reviewTerm } from '../terms';
import { DEFAULT_OPTIONS, type Evaluation, type Rule } from '../types';

/** A stable, readable word for what a claim counts: the message's subject and the finding's scope. */
export function claimWhat(category: Category): string {
  switch (category.kind) {
    case 'applicant':
      return category.applicant;
    case 'resultGroups':
      return category.groups.join('+');
    case 'reviewOutcome':
      return `${category.of}.${category.column}`;
    default:
      return category.kind;
  }
}

const sentenceRef = (sentence: Sentence) => ({ start: sentence.start, end: sentence.end });

/** Pass/warn per claim of the given kinds, or a part-of-agency review where only the 政府办's count is given. */
function claimEvaluations(report: ParsedReport, kinds: readonly Category['kind'][]): Evaluation[] {
  const { verdicts, claims } = proseOf(report);
  const ofKind = verdicts.filter((verdict) => kinds.includes(verdict.claim.category.kind));
  // "区政府办" inside a government's report is a part of the reporting agency; in the 办公室's own report it is the agency.
  const government = isGovernment(report.report.agency);
  const wholeGiven = (kind: Category['kind']) => claims.some((claim) => claim.category.kind === kind && (claim.subject === 'agency' || claim.subject === 'whole'));
  const scopes = new Map<string, number>();
  const out: Evaluation[] = [];
  for (const { claim, readings: all, fitting } of ofKind) {
    const partOfAgency = claim.subject === 'parts' || (claim.subject === 'office' && government);
    // Compare the whole when the prose gives it; a part's count is then only a detail.
    if (partOfAgency && (claim.subject === 'parts' || wholeGiven(claim.category.kind))) continue;
    const what = claimWhat(claim.category);
    const seen = (scopes.get(what) ?? 0) + 1;
    scopes.set(what, seen);
    const scope = seen === 1 ? what : `${what}#${seen}`;
    const shown = fitting[0] ?? all[0]!;
    const data = { quote: quote(claim.sentence), what, claimed: claim.count, readings: all.map((r) => ({ name: r.name, value: r.value })) };
    const outcome = fitting.length > 0 ? 'pass' : partOfAgency ? 'review' : 'warn';
    out.push({
      scope,
      outcome,
      key: partOfAgency ? 'narrative.partOfAgency' : 'narrative.claim',
      data,
      expected: shown.value,
      found: claim.count,
      cells: shown.cells,
      sentence: sentenceRef(claim.sentence),
    });
  }
  return out;
}

function claimRule(id: string, kinds: readonly Category['kind'][], tables: Rule['tables']): Rule {
  return {
    id,
    title: 'narrative',
    severity: 'warn',
    tables: ['narrative', ...tables],
    messages: ['narrative.claim', 'narrative.partOfAgency'],
    evaluate: (report) => claimEvaluations(report, kinds),
  };
}

// 共收到/新收/受理/接收 政府信息公开申请 X 件 = 一[总计] or 一 + 二 (seeds 001–003, 淮安市 2024 "全市共受理…3119件").
export const narrativeReceived = claimRule('narrative.received', ['received'], ['applications']);
// 答复/办结 Y 件 = （七）总计; 含上年度结转 Z 件 = 二; 另有 W 件顺延到下年度 = 四 (淮安市 2024).
export const narrativeHandled = claimRule('narrative.handled', ['handled', 'carriedOver', 'carriedForward'], ['applications']);
// 其中自然人 p 件，法人或其他组织 q 件, read as the total of the sentence is read (seed 004: 4 vs 3 + 1 商业企业).
export const narrativeApplicants = claimRule('narrative.applicants', ['applicant'], ['applications']);
// 同意公开答复9件 · 予以公开及部分公开208件: the sum of the groups named, in the 总计 column.
export const narrativeResultGroups = claimRule('narrative.result-groups', ['resultGroups'], ['applications']);

/** "未发生…行政复议、行政诉讼": the totals named are 0; "…纠错或…败诉": only 结果纠正 is 0. */
function noneEvaluations(report: ParsedReport): Evaluation[] {
  if (!report.reviewLitigation) return [];
  return proseOf(report).none.map((claim, index) => {
    const column = claim.onlyCorrected ? 'corrected' : 'total';
    const blocks = [...(claim.review ? (['review'] as const) : []), ...(claim.litigation ? (['litigationDirect', 'litigationAfterReview'] as const) : [])];
    const terms = blocks.map((block) => reviewTerm(report, block, column));
    const nonZero = terms.filter((term) => (numberOf(term, DEFAULT_OPTIONS) ?? 0) !== 0).map((term) => term.ref);
    return {
      scope: index === 0 ? 'none' : `none#${index + 1}`,
      outcome: nonZero.length ? 'warn' : 'pass',
      key: claim.onlyCorrected ? 'narrative.noneCorrected' : 'narrative.noneClaimed',
      data: { quote: quote(claim.sentence), nonZero },
      expected: 0,
      cells: terms.map((term) => term.ref),
      sentence: sentenceRef(claim.sentence),
    };
  });
}

// 行政复议 r 件 = 复议总计; 行政诉讼 s 件 = 直接起诉 + 复议后起诉; "其中结果维持72件…" per column (淮安市 2024);
// "未引起行政复议和行政诉讼" (seed 000) and "未发生…被行政复议纠错或行政诉讼败诉情形" (结果纠正 = 0).
export const narrativeReviewLitigation: Rule = {
  id: 'narrative.review-litigation',
  title: 'narrative',
  severity: 'warn',
  tables: ['narrative', 'reviewLitigation'],
  messages: ['narrative.claim', 'narrative.partOfAgency', 'narrative.noneClaimed', 'narrative.noneCorrected'],
  evaluate: (report) => [...claimEvaluations(report, ['review', 'litigation', 'reviewOutcome']), ...noneEvaluations(report)],
};

// "予以公开及部分公开208件（17.46%）": the share printed beside a count, against the count and a base it may be
// taken of (the sentence's total, the received or the handled total). No base fits → warn.
export const narrativePercentage: Rule = {
  id: 'narrative.percentage',
  title: 'percentage',
  severity: 'warn',
  tables: ['narrative'],
  messages: ['narrative.percentage'],
  evaluate(report) {
    const out: Evaluation[] = [];
    for (const claim of proseOf(report).claims) {
      if (!claim.percent || claim.approximate) continue;
      const bases = percentBases(report, claim);
      if (bases.length === 0) continue;
      const base = bases.find((candidate) => shareFits(claim.count, candidate, claim.percent!)) ?? bases[0]!;
      const share = Math.round((claim.count / base) * 100 * 10 ** claim.percent.decimals) / 10 ** claim.percent.decimals;
      const fits = shareFits(claim.count, base, claim.percent);
      const data = { quote: quote(claim.sentence), claimed: claim.count, percent: claim.percent.value, base, share };
      out.push({ scope: `${claim.count}(${claim.percent.value}%)`, outcome: fits ? 'pass' : 'warn', key: 'narrative.percentage', data, cells: [], sentence: sentenceRef(claim.sentence) });
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
const WHOLE_THEN_PARTS = /(\d+)(条|件|个|项|篇|期)[,，]?其中/;
const COUNT = /(\d+)(件次|条|件|个|项|篇|期)/g;

export const narrativePartsExceedWhole: Rule = {
  id: 'narrative.parts-exceed-whole',
  title: 'partsExceedWhole',
  severity: 'warn',
  tables: ['narrative'],
  messages: ['narrative.partsExceedWhole'],
  evaluate(report) {
    const out: Evaluation[] = [];
    for (const sentence of proseOf(report).sentences) {
      const match = WHOLE_THEN_PARTS.exec(sentence.key);
      if (!match) continue;
      const [, digits, unit] = match;
      const whole = Number(digits);
      // A part is a number with the same unit ("件次" counts something else than "件").
      const rest = sentence.key.slice(match.index + match[0].length);
      const parts = [...rest.matchAll(COUNT)].filter((part) => part[2] === unit).map((part) => Number(part[1]));
      if (parts.length < 2) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      const data = { excerpt: quote(sentence, 80), sum, whole };
      out.push({ scope: `${whole}${unit}`, outcome: sum > whole ? 'warn' : 'pass', key: 'narrative.partsExceedWhole', data, expected: whole, found: sum, cells: [], sentence: sentenceRef(sentence) });
    }
    return out;
  },
};
