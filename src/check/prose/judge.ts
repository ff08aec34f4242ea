// Claims → evaluations, shared by the claim-based narrative.* rules: every count the prose states is compared with
// every legitimate reading of the tables; no reading fits → broken (warn), quoting the sentence. A count whose
// subject is only a part of the reporting government (洪泽区 2024: "区政府办代表区政府受理政府信息公开申请17件"
// against 95 in table 三) is a softer finding that says so (review).
import type { Locale } from '../../i18n/labels';
import { LABELS } from '../../i18n/labels';
import type { ParsedReport } from '../../model/parsed';
import type { Evaluation, Localised, SentenceRef } from '../types';
import { isGovernment } from './agency';
import type { Category } from './claims';
import { proseOf } from './reading';
import { quote, type Sentence } from './sentences';

export interface ClaimData {
  quote: string;
  /** What the claim counts: claimWhat(category). */
  what: string;
  claimed: number;
  readings: { name: string; value: number }[];
}
export type ClaimMessages = { claim: ClaimData; partOfAgency: ClaimData };

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

export const sentenceRef = (sentence: Sentence): SentenceRef => ({ start: sentence.start, end: sentence.end });

/** Pass/broken per claim of the given kinds, or a part-of-agency review where only the 政府办's count is given. */
export function claimEvaluations(report: ParsedReport, kinds: readonly Category['kind'][]): Evaluation<ClaimMessages>[] {
  const { verdicts, claims } = proseOf(report);
  // "区政府办" inside a government's report is a part of the reporting agency; in the 办公室's own report it is the agency.
  const government = isGovernment(report.report.agency);
  const wholeGiven = (kind: Category['kind']) => claims.some((claim) => claim.category.kind === kind && (claim.subject === 'agency' || claim.subject === 'whole'));
  const scopes = new Map<string, number>();
  const out: Evaluation<ClaimMessages>[] = [];
  for (const { claim, readings: all, fitting } of verdicts) {
    if (!kinds.includes(claim.category.kind)) continue;
    const partOfAgency = claim.subject === 'parts' || (claim.subject === 'office' && government);
    // Compare the whole when the prose gives it; a part's count is then only a detail.
    if (partOfAgency && (claim.subject === 'parts' || wholeGiven(claim.category.kind))) continue;
    const what = claimWhat(claim.category);
    const seen = (scopes.get(what) ?? 0) + 1;
    scopes.set(what, seen);
    const shown = fitting[0] ?? all[0]!;
    const data = { quote: quote(claim.sentence), what, claimed: claim.count, readings: all.map((r) => ({ name: r.name, value: r.value })) };
    const base = { scope: seen === 1 ? what : `${what}#${seen}`, data, expected: shown.value, found: claim.count, cells: shown.cells, sentence: sentenceRef(claim.sentence) };
    if (fitting.length > 0) out.push({ ...base, outcome: 'pass', key: 'claim' });
    else if (partOfAgency) out.push({ ...base, outcome: 'review', key: 'partOfAgency' });
    else out.push({ ...base, outcome: 'broken', key: 'claim' });
  }
  return out;
}

// What a claim counts, and the readings of the tables it was held to, in words.
const CLAIM_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    received: '收到申请', handled: '答复/办结', carriedOver: '上年结转', carriedForward: '结转下年度', review: '行政复议', litigation: '行政诉讼',
    naturalPerson: '自然人申请', organisations: '法人或其他组织申请', commercial: '商业企业申请', research: '科研机构申请', publicInterest: '社会公益组织申请', legalService: '法律服务机构申请',
    granted: '予以公开', partiallyGranted: '部分公开', withheld: '不予公开', unavailable: '无法提供', notProcessed: '不予处理', other: '其他处理',
    upheld: '结果维持', corrected: '结果纠正', pending: '尚未审结',
  },
  en: {
    received: 'requests received', handled: 'answered', carriedOver: 'carried over', carriedForward: 'carried forward', review: 'administrative reviews', litigation: 'lawsuits',
    naturalPerson: 'requests from natural persons', organisations: 'requests from organisations', commercial: 'requests from businesses', research: 'requests from research bodies', publicInterest: 'requests from public-interest bodies', legalService: 'requests from legal services',
    granted: 'granted', partiallyGranted: 'partly granted', withheld: 'withheld', unavailable: 'unavailable', notProcessed: 'not processed', other: 'otherwise handled',
    upheld: 'upheld', corrected: 'corrected', pending: 'pending',
  },
};
const READING_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    newReceived: '本年新收', newPlusCarried: '新收 + 上年结转', handled: '（七）总计', carriedOver: '二、上年结转', carriedForward: '四、结转下年度',
    groups: '该类合计', review: '表四行政复议总计', litigation: '表四两类行政诉讼之和', reviewOutcome: '表四该列之和',
  },
  en: {
    newReceived: 'new', newPlusCarried: 'new + carried over', handled: '(7) total', carriedOver: 'II carried over', carriedForward: 'IV carried forward',
    groups: "the groups' sum", review: 'table 4 review total', litigation: 'table 4 litigation totals', reviewOutcome: 'table 4 column sum',
  },
};
/** "予以公开及部分公开", "行政复议结果纠正" from claimWhat's "granted+partiallyGranted", "review.corrected". */
function claimWords(locale: Locale, what: string): string {
  const words = CLAIM_WORDS[locale];
  if (what.includes('.')) return what.split('.').map((part) => words[part] ?? part).join(locale === 'en' ? ' ' : '');
  return what.split('+').map((part) => words[part] ?? part).join(locale === 'en' ? ' and ' : '及');
}
const readingList = (locale: Locale, d: ClaimData) => d.readings.map((r) => `${READING_WORDS[locale][r.name] ?? r.name} ${r.value}`).join(LABELS[locale].sep.list);

/** The messages every claim-based rule speaks with. */
export const CLAIM_MESSAGES: { claim: Localised<ClaimData>; partOfAgency: Localised<ClaimData> } = {
  claim: {
    'zh-CN': (d) => `正文「${d.quote}」：${claimWords('zh-CN', d.what)} ${d.claimed} 件，表中为${readingList('zh-CN', d)}，${d.readings.length > 1 ? '均' : ''}不一致`,
    en: (d) => `The text "${d.quote}": ${claimWords('en', d.what)} ${d.claimed}, matching no reading of the tables (${readingList('en', d)})`,
  },
  partOfAgency: {
    'zh-CN': (d) => `正文只给出政府办的${claimWords('zh-CN', d.what)}数 ${d.claimed} 件（「${d.quote}」），表中为整个机关的${readingList('zh-CN', d)}，请核实口径`,
    en: (d) =>
      `The text gives only the government office's ${claimWords('en', d.what)} count, ${d.claimed} ("${d.quote}"); the tables give the whole agency's ${readingList('en', d)}: check what was counted`,
  },
};
