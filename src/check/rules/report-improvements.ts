// Section 五 reports how last year's problems were fixed, not only this year's problems and plans. Whether a
// paragraph does is a reader's judgement: when no sentence names last year's problems and their 整改 and no
// sub-heading announces the 改进情况, a reviewer should look (review); it is not an error.
import { sentenceRef } from '../prose/judge';
import { proseOf } from '../prose/reading';
import { followsFormat, sectionSentences } from '../prose/sections';
import { defineRule, type RuleTitle } from '../types';

const LAST_YEAR = /上一?年度?|去年|上年/;
const FOLLOW_UP = /整改|改进|落实|解决/;
/** "（二）整改情况" / "改进情况" as a sub-heading (seed 003 has "（二）改进措施": plans, which do not count). */
const IMPROVEMENTS_HEADING = /^\([一二三四]\).{0,8}(?:改进|整改)情况/;

export const title: RuleTitle = { 'zh-CN': '报告上年度问题的整改情况（需人工判断：待核）', en: "Reports how last year's problems were fixed (a reader's judgement: review)" };

export const reportImprovements = defineRule<{ notReported: Record<string, never> }>({
  id: 'report.improvements',
  severity: 'warn',
  table: 'narrative',
  messages: {
    notReported: {
      'zh-CN': () => '“存在的主要问题及改进情况”未见上年度问题的整改情况，请人工核看',
      en: () => "Section V does not report how last year's problems were fixed; have a look",
    },
  },
  evaluate(report) {
    if (!followsFormat(report)) return [];
    const { sentences, headings } = proseOf(report);
    const section = sectionSentences(sentences, 'problems', headings);
    if (!section) return []; // report.sections names the missing section
    const year = report.report.year;
    const lastYear = (key: string) => LAST_YEAR.test(key) || (year !== null && key.includes(`${year - 1}年`));
    const found = section.find((sentence) => IMPROVEMENTS_HEADING.test(sentence.key) || (lastYear(sentence.key) && FOLLOW_UP.test(sentence.key)));
    if (found) return [{ scope: 'improvements', outcome: 'pass', key: 'notReported', data: {}, cells: [], sentence: sentenceRef(found) }];
    return [{ scope: 'improvements', outcome: 'review', key: 'notReported', data: {}, cells: [] }];
  },
});
