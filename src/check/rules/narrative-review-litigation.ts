// 行政复议 r 件 = 复议总计; 行政诉讼 s 件 = 直接起诉 + 复议后起诉; "其中结果维持72件…" per column (淮安市 2024);
// "未引起行政复议和行政诉讼" (seed 000): the totals are 0; "未发生…被行政复议纠错或行政诉讼败诉情形": only 结果纠正 is 0.
import { CLAIM_MESSAGES, claimEvaluations, sentenceRef, type ClaimData } from '../prose/judge';
import { proseOf } from '../prose/reading';
import { quote } from '../prose/sentences';
import { cellLabel, LABELS, type Locale } from '../../i18n/labels';
import type { CellRef } from '../../model/parsed';
import { numberOf, termAt } from '../terms';
import { checkContext, defineRule, type Evaluation, type RuleTitle } from '../types';

interface NoneData {
  quote: string;
  nonZero: CellRef[];
}
type Messages = { claim: ClaimData; partOfAgency: ClaimData; noneClaimed: NoneData; noneCorrected: NoneData };

export const title: RuleTitle = { 'zh-CN': '正文行政复议、行政诉讼件数及“未发生”的说法与表四一致', en: 'Reviews and lawsuits in the text (and "none") match table 4' };

const refs = (locale: Locale, cells: CellRef[]) => cells.map((ref) => cellLabel(locale, ref)).join(LABELS[locale].sep.list);
// Prose is compared with what the page prints (a blank is not a 0 here).
const AS_PRINTED = checkContext();

export const narrativeReviewLitigation = defineRule<Messages>({
  id: 'narrative.review-litigation',
  severity: 'warn',
  table: 'narrative',
  messages: {
    ...CLAIM_MESSAGES,
    noneClaimed: {
      'zh-CN': (d) => `正文「${d.quote}」称未发生行政复议、行政诉讼，但表四${refs('zh-CN', d.nonZero)}不为 0`,
      en: (d) => `The text "${d.quote}" says there was no review or litigation, but ${refs('en', d.nonZero)} is not 0`,
    },
    noneCorrected: {
      'zh-CN': (d) => `正文「${d.quote}」称没有被纠错或败诉，但表四${refs('zh-CN', d.nonZero)}不为 0`,
      en: (d) => `The text "${d.quote}" says nothing was corrected or lost, but ${refs('en', d.nonZero)} is not 0`,
    },
  },
  evaluate(report) {
    const out: Evaluation<Messages>[] = claimEvaluations(report, ['review', 'litigation', 'reviewOutcome']);
    if (!report.reviewLitigation) return out;
    proseOf(report).none.forEach((claim, index) => {
      const column = claim.onlyCorrected ? 'corrected' : 'total';
      const blocks = [...(claim.review ? ['review'] : []), ...(claim.litigation ? ['litigationDirect', 'litigationAfterReview'] : [])];
      const terms = blocks.map((block) => termAt(report, 'reviewLitigation', block, column));
      const nonZero = terms.filter((term) => (numberOf(term, AS_PRINTED) ?? 0) !== 0).map((term) => term.ref);
      const data = { quote: quote(claim.sentence), nonZero };
      out.push({
        scope: index === 0 ? 'none' : `none#${index + 1}`,
        outcome: nonZero.length ? 'broken' : 'pass',
        key: claim.onlyCorrected ? 'noneCorrected' : 'noneClaimed',
        data,
        expected: 0,
        cells: terms.map((term) => term.ref),
        sentence: sentenceRef(claim.sentence),
      });
    });
    return out;
  },
});
