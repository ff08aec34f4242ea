// "行政复议 r 件", "行政诉讼 s 件" and "未发生行政复议、行政诉讼" against the 总计 of 表四's blocks.
import { REVIEW_BLOCKS } from '../../model/keys';
import type { CellRef } from '../../model/parsed';
import { compareClaim, firstNumber, type ClaimData } from '../claims';
import { cellList } from '../identity';
import { numberOf, termAt } from '../terms';
import { defineRule, type Evaluation, type RuleTitle } from '../types';

const REVIEW_CLAIM = /行政复议(?:案件)?(\d+)件/;
const LITIGATION_CLAIM = /行政诉讼(?:案件)?(\d+)件/;
const NONE_CLAIMED = /未(?:发生|引起|产生|出现|有)[^。；，,]{0,8}?行政复议/;

type Messages = { review: ClaimData; litigation: ClaimData; noneClaimed: { nonZero: CellRef[] } };

export const title: RuleTitle = { 'zh-CN': '正文行政复议、行政诉讼件数与表四一致', en: 'Reviews and lawsuits in the text match table 4' };

export const narrativeReviewLitigation = defineRule<Messages>({
  id: 'narrative.review-litigation',
  severity: 'warn',
  table: 'narrative',
  messages: {
    review: {
      'zh-CN': (d) => `正文称行政复议 ${d.claimed} 件，表四行政复议总计为 ${d.table}`,
      en: (d) => `The text says ${d.claimed} administrative reviews; table 4 total is ${d.table}`,
    },
    litigation: {
      'zh-CN': (d) => `正文称行政诉讼 ${d.claimed} 件，表四两类行政诉讼总计之和为 ${d.table}`,
      en: (d) => `The text says ${d.claimed} lawsuits; table 4 totals add up to ${d.table}`,
    },
    noneClaimed: {
      'zh-CN': (d) => `正文称未发生行政复议、行政诉讼，但表四${cellList('zh-CN', d.nonZero)}不为 0`,
      en: (d) => `The text says there was no review or litigation, but ${cellList('en', d.nonZero)} is not 0`,
    },
  },
  evaluate(report, context) {
    if (!report.reviewLitigation) return [];
    const text = report.proseKey;
    const total = (block: string) => termAt(report, 'reviewLitigation', block, 'total');
    const out: Evaluation<Messages>[] = [];
    const review = firstNumber(REVIEW_CLAIM, text);
    const reviewClaim = review === null ? null : compareClaim('review', review, [total('review')], context);
    if (reviewClaim) out.push({ ...reviewClaim, key: 'review' });
    const litigation = firstNumber(LITIGATION_CLAIM, text);
    const litigationClaim = litigation === null ? null : compareClaim('litigation', litigation, [total('litigationDirect'), total('litigationAfterReview')], context);
    if (litigationClaim) out.push({ ...litigationClaim, key: 'litigation' });
    if (NONE_CLAIMED.test(text)) {
      // "未发生行政复议、行政诉讼": all three 总计 must be 0 (a total that cannot be read is not held against it).
      const totals = REVIEW_BLOCKS.map(total);
      const nonZero = totals.filter((term) => (numberOf(term, context) ?? 0) !== 0).map((term) => term.ref);
      out.push({ scope: 'none', outcome: nonZero.length ? 'broken' : 'pass', key: 'noneClaimed', data: { nonZero }, expected: 0, cells: totals.map((term) => term.ref) });
    }
    return out;
  },
});
