// Sentences → claims: each count of 件 the prose states about the tables, with what it counts (category), whose
// count it is (subject) and how it relates to the claim before it (其中/含: a part of it). Pure: no DOM, and no RegExp
// is ever built from page text. The wording is real report wording (test/unit/prose-claims.test.ts quotes it).
import type { ApplicantColumn, ReviewColumn } from '../../model/keys';
import type { Sentence } from './sentences';

export type ResultGroup = 'granted' | 'partiallyGranted' | 'withheld' | 'unavailable' | 'notProcessed' | 'other';
export type Applicant = 'naturalPerson' | 'organisations' | Exclude<ApplicantColumn, 'naturalPerson' | 'total'>;
export type Category =
  | { kind: 'received'; onlyNew: boolean }
  | { kind: 'handled' }
  | { kind: 'carriedOver' }
  | { kind: 'carriedForward' }
  | { kind: 'applicant'; applicant: Applicant; onlyNew: boolean }
  | { kind: 'resultGroups'; groups: ResultGroup[] }
  | { kind: 'review' }
  | { kind: 'litigation' }
  | { kind: 'reviewOutcome'; column: Exclude<ReviewColumn, 'total'>; of: 'review' | 'litigation' };

/** Whose count: the reporting agency, the whole area (全市/全区), the 政府办 within a government, or its parts. */
export type Subject = 'agency' | 'whole' | 'office' | 'parts';

export interface Claim {
  sentence: Sentence;
  category: Category;
  count: number;
  /** "2510余条", "100件以上", "约…": a bound, not a count; never compared exactly. */
  approximate: boolean;
  subject: Subject;
  /** A part of an earlier claim of the sentence (after 其中, inside brackets, after 含). */
  partOf: Claim | null;
  /** "208件（17.46%）": the share printed beside the count. */
  percent: { value: number; decimals: number } | null;
}

/** "未发生…行政复议…行政诉讼…": a claim of zero, about the totals or only about 纠错/败诉 (结果纠正). */
export interface NoneClaim {
  sentence: Sentence;
  review: boolean;
  litigation: boolean;
  /** "未发生因依申请公开被行政复议纠错或行政诉讼败诉情形": 结果纠正 = 0, not "no review at all". */
  onlyCorrected: boolean;
}

// A number, its unit and its approximation marks. Units other than 件 (条, 次, 期, 万元, 人次, 件次…) count other
// things (seed 001: "办理县长信箱82件次", "12345…平台7817"; seed 000: "4042条").
const QUANTITY = /(近|约|超过|逾)?(\d+(?:\.\d+)?)(余)?(件次|人次|件|条|次|期|万元|元|个|项|篇|场|家|人|%)(以上|左右|多)?/g;
const PERCENT_AFTER = /\((\d+(?:\.\d+)?)%\)/y;
/** What separates the phrase that names a count from the one before it. */
const SEGMENT_BREAK = /[,，、:：;；()（）]/;
/** A change against last year is not a count ("同比增加36件"). */
const CHANGE = /同比|较上年|比上年|增加|减少|增长|下降|上升/;

const GROUP_WORDS: [ResultGroup, RegExp][] = [
  ['granted', /予以公开|同意公开|全部公开/],
  ['partiallyGranted', /部分公开/],
  ['withheld', /不予公开/],
  ['unavailable', /无法提供|不掌握/],
  ['notProcessed', /不予处理/],
  ['other', /其他处理/],
];
const APPLICANT_WORDS: [Applicant, RegExp][] = [
  ['naturalPerson', /自然人/],
  ['organisations', /法人(?:或|和|及)其他组织/],
  ['commercial', /商业企业/],
  ['research', /科研机构/],
  ['publicInterest', /社会公益组织/],
  ['legalService', /法律服务机构/],
];
const OUTCOME_WORDS: [Exclude<ReviewColumn, 'total'>, RegExp][] = [
  ['upheld', /维持/],
  ['corrected', /纠正|纠错/],
  ['other', /其他结果/],
  ['pending', /尚未审结|未审结/],
];
// "结转下年度", "顺延到下年度", 大理州 2023: "结转2024年度继续办理"; "上年度结转", 大理州: "结转上年".
const CARRIED_FORWARD = /(?:结转|顺延)(?:至|到)?(?:下一?年|\d{4}年)/;
const CARRIED_OVER = /上一?年度?结转|结转上一?年/;
const REVIEW = /复议/;
const LITIGATION = /诉讼/;
const HANDLED = /答复|办结|办理完成|办理完毕/;
const RECEIVED = /收到|新收|受理|接收|接受|收办/;
const ONLY_NEW = /新收|新增/;
const APPLICATION_TOPIC = /申请/;
const PART_WORDS = /其中|含/;
/** "因政府信息公开引起行政复议3件": about disclosure, hence about requests, without the word 申请. */
const INFORMATION_DISCLOSURE = /信息公开/;

const SUBJECT_WORDS: [Subject, RegExp][] = [
  ['whole', /全(?:市|区|县|旗|州|盟|省)/g],
  ['office', /政府办(?:公室)?|府办/g],
  ['parts', /各(?:有关)?部门|各单位|各乡镇|各街道|各县(?:市)?区|各镇/g],
];

/** Where the sentence names a subject, in order: the subject of a count is the last one named before it. */
function subjectMentions(key: string): { at: number; subject: Subject }[] {
  const mentions = SUBJECT_WORDS.flatMap(([subject, pattern]) => [...key.matchAll(pattern)].map((match) => ({ at: match.index, subject })));
  return mentions.sort((a, b) => a.at - b.at);
}

function categoryOf(segment: string, tail: string, parent: Claim | null, applicationContext: boolean): Category | null {
  if (CHANGE.test(segment)) return null;
  if (parent && (parent.category.kind === 'review' || parent.category.kind === 'litigation')) {
    const outcome = OUTCOME_WORDS.find(([, pattern]) => pattern.test(segment));
    if (outcome) return { kind: 'reviewOutcome', column: outcome[0], of: parent.category.kind };
  }
  const groups = GROUP_WORDS.filter(([, pattern]) => pattern.test(segment)).map(([group]) => group);
  if (groups.length > 0) return applicationContext ? { kind: 'resultGroups', groups } : null;
  const applicant = APPLICANT_WORDS.find(([, pattern]) => pattern.test(segment));
  const onlyNew = ONLY_NEW.test(segment) || (parent?.category.kind === 'received' && parent.category.onlyNew);
  if (applicant) return applicationContext ? { kind: 'applicant', applicant: applicant[0], onlyNew } : null;
  if (CARRIED_FORWARD.test(segment)) return applicationContext ? { kind: 'carriedForward' } : null;
  if (CARRIED_OVER.test(segment)) return applicationContext ? { kind: 'carriedOver' } : null;
  const review = REVIEW.test(segment);
  const litigation = LITIGATION.test(segment);
  // "行政复议和行政诉讼共3件" names two tables at once: no claim about either.
  if (review !== litigation) return applicationContext ? { kind: review ? 'review' : 'litigation' } : null;
  if (review) return null;
  if (HANDLED.test(segment)) return applicationContext ? { kind: 'handled' } : null;
  if (RECEIVED.test(segment)) return applicationContext ? { kind: 'received', onlyNew } : null;
  // The count before its words: "另有103件顺延到下年度答复", "1件属不掌握相关政府信息原因无法提供" (seed 004).
  if (segment === '' || segment === '其中' || segment === '另有') {
    if (CARRIED_FORWARD.test(tail)) return applicationContext ? { kind: 'carriedForward' } : null;
    const group = GROUP_WORDS.find(([, pattern]) => pattern.test(tail));
    if (group) return applicationContext ? { kind: 'resultGroups', groups: [group[0]] } : null;
  }
  return null;
}

/** The sentence's own words between two positions, from the last phrase break: what names the count. */
function segmentBefore(key: string, from: number, to: number): string {
  const lead = key.slice(from, to);
  let cut = -1;
  for (let i = lead.length - 1; i >= 0; i--) {
    if (SEGMENT_BREAK.test(lead[i]!)) {
      cut = i;
      break;
    }
  }
  return lead.slice(cut + 1).replace(/^(?:其中|含|另有|共|合计|总计)/, (word) => (word === '其中' || word === '另有' ? word : ''));
}
/** The words right after a count, up to the next phrase break (at most a short phrase: hostile pages are long). */
const MAX_TAIL = 30;
function segmentAfter(key: string, from: number): string {
  const rest = key.slice(from, from + MAX_TAIL);
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    if (SEGMENT_BREAK.test(rest[i]!)) {
      end = i;
      break;
    }
  }
  return rest.slice(0, end);
}

/**
 * Claims of one sentence. `previousMentionsApplications`: the sentence before spoke of 申请 ("本年度共收到政府信息公开
 * 申请12件，其中予以公开6件。全年办结9件。"), so a bare "办结9件" is about requests too.
 */
export function claimsOf(sentence: Sentence, previousMentionsApplications = false): Claim[] {
  const key = sentence.key;
  if (!key.includes('件')) return [];
  const applicationContext = previousMentionsApplications || APPLICATION_TOPIC.test(key) || INFORMATION_DISCLOSURE.test(key);
  const claims: Claim[] = [];
  let top: Claim | null = null;
  let inPart = false;
  let depth = 0;
  let last = 0;
  const subjects = subjectMentions(key);
  let subject: Subject = 'agency';
  let nextSubject = 0;
  for (const match of key.matchAll(QUANTITY)) {
    while (nextSubject < subjects.length && subjects[nextSubject]!.at < match.index) subject = subjects[nextSubject++]!.subject;
    const [text, before, digits, more, unit, after] = match;
    const lead = key.slice(last, match.index);
    last = match.index + text.length;
    // Brackets and 其中/含 open a list of parts of the claim before; closing the bracket ends it.
    for (const ch of lead) {
      if (ch === '(') depth++;
      if (ch === ')' && depth > 0 && --depth === 0) inPart = false;
    }
    if (depth > 0 || PART_WORDS.test(lead)) inPart = top !== null;
    if (unit !== '件') continue;
    const segment = segmentBefore(key, match.index - lead.length, match.index);
    const tail = segmentAfter(key, last);
    const parent = inPart ? top : null;
    const category = categoryOf(segment, tail, parent ?? top, applicationContext);
    if (!category) continue;
    PERCENT_AFTER.lastIndex = last;
    const percent = PERCENT_AFTER.exec(key);
    const claim: Claim = {
      sentence,
      category,
      count: Number(digits),
      approximate: Boolean(before || more || after),
      subject,
      partOf: parent,
      percent: percent ? { value: Number(percent[1]), decimals: percent[1]!.split('.')[1]?.length ?? 0 } : null,
    };
    claims.push(claim);
    if (!parent) top = claim;
  }
  return claims;
}

const NONE = /未(?:发生|引起|产生|出现|有|收到)/;
const CORRECTED_OR_LOST = /纠错|纠正|败诉/;

/** "全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形" · "未引起行政复议和行政诉讼情形" (seed 000). */
export function noneClaimOf(sentence: Sentence): NoneClaim | null {
  if (!sentence.key.includes('未')) return null;
  const match = NONE.exec(sentence.key);
  if (!match) return null;
  const rest = sentence.key.slice(match.index);
  const review = REVIEW.test(rest);
  const litigation = LITIGATION.test(rest);
  if (!review && !litigation) return null;
  return { sentence, review, litigation, onlyCorrected: CORRECTED_OR_LOST.test(rest) };
}

/** Every claim of the prose, sentence by sentence. */
export function proseClaims(sentences: readonly Sentence[]): { claims: Claim[]; none: NoneClaim[] } {
  const claims: Claim[] = [];
  const none: NoneClaim[] = [];
  sentences.forEach((sentence, index) => {
    // One by one, not push(...): a hostile page's one sentence may hold more counts than a call takes arguments.
    for (const claim of claimsOf(sentence, index > 0 && APPLICATION_TOPIC.test(sentences[index - 1]!.key))) claims.push(claim);
    const zero = noneClaimOf(sentence);
    if (zero) none.push(zero);
  });
  return { claims, none };
}
