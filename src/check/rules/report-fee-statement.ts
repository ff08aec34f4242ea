// Section 六 says whether a 信息处理费 was collected (国办函〔2020〕109号 《政府信息公开信息处理费管理办法》):
// "本年度未收取政府信息公开信息处理费" (seed 000), "全年收取政府信息公开信息处理费 3940 元" (淮安市 2024).
// Seed 002's 六 says only "无".
import { proseOf } from '../prose/reading';
import { followsFormat, sectionSentences } from '../prose/sections';
import type { Rule } from '../types';

const FEE = /处理费|信息公开费/;
/** The fee measures apply from 1 January 2021: the 2021 reports are the first to state it. */
const FEE_MEASURES_FIRST_YEAR = 2021;

export const reportFeeStatement: Rule = {
  id: 'report.fee-statement',
  title: 'feeStatement',
  severity: 'warn',
  tables: ['narrative'],
  messages: ['report.feeNotStated'],
  evaluate(report) {
    if (!followsFormat(report) || (report.report.year ?? 0) < FEE_MEASURES_FIRST_YEAR) return [];
    const { sentences, headings } = proseOf(report);
    // Without a 六 heading the statement may stand anywhere in the text.
    const section = sectionSentences(sentences, 'other', headings) ?? sentences;
    const stated = section.find((sentence) => FEE.test(sentence.key));
    const sentence = stated && { start: stated.start, end: stated.end };
    return [{ scope: 'fee', outcome: stated ? 'pass' : 'warn', key: 'report.feeNotStated', data: {}, cells: [], ...(sentence ? { sentence } : {}) }];
  },
};
