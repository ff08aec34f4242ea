// Section 五 reports how last year's problems were fixed, not only this year's problems and plans. Whether a
// paragraph does is a reader's judgement: when no sentence names last year's problems and their 整改 and no
// sub-heading announces the 改进情况, a reviewer should look (review); it is not an error.
import { proseOf } from '../prose/reading';
import { followsFormat, sectionSentences } from '../prose/sections';
import type { Rule } from '../types';

const LAST_YEAR = /上一?年度?|去年|上年/;
const FOLLOW_UP = /整改|改进|落实|解决/;
/** Seed 003: "（二）改进情况", followed by what was done ("有效提升了…"). */
const IMPROVEMENTS_HEADING = /^\([一二三四]\).{0,8}(?:改进|整改)情况/;

export const reportImprovements: Rule = {
  id: 'report.improvements',
  title: 'improvements',
  severity: 'warn',
  tables: ['narrative'],
  messages: ['report.improvementsNotReported'],
  evaluate(report) {
    if (!followsFormat(report)) return [];
    const { sentences, headings } = proseOf(report);
    const section = sectionSentences(sentences, 'problems', headings);
    if (!section) return []; // report.sections names the missing section
    const year = report.report.year;
    const lastYear = (key: string) => LAST_YEAR.test(key) || (year !== null && key.includes(`${year - 1}年`));
    const found = section.find((sentence) => IMPROVEMENTS_HEADING.test(sentence.key) || (lastYear(sentence.key) && FOLLOW_UP.test(sentence.key)));
    return [
      {
        scope: 'improvements',
        outcome: found ? 'pass' : 'review',
        key: 'report.improvementsNotReported',
        data: {},
        cells: [],
        ...(found ? { sentence: { start: found.start, end: found.end } } : {}),
      },
    ];
  },
};
