// Section 六 says whether a 信息处理费 was collected (国办函〔2020〕109号 《政府信息公开信息处理费管理办法》):
// "本年度未收取政府信息公开信息处理费" (seed 000), "全年收取政府信息公开信息处理费 3940 元" (淮安市 2024).
// Seed 002's 六 says only "无".
import { sentenceRef } from '../prose/judge';
import { proseOf } from '../prose/reading';
import { followsFormat, sectionSentences } from '../prose/sections';
import { defineRule, type RuleTitle } from '../types';

const FEE = /处理费|信息公开费/;
/** The fee measures apply from 1 January 2021: the 2021 reports are the first to state it. */
const FEE_MEASURES_FIRST_YEAR = 2021;

export const title: RuleTitle = { 'zh-CN': '说明是否收取信息处理费（2021 年起）', en: 'Says whether a processing fee was charged (from 2021)' };

export const reportFeeStatement = defineRule<{ notStated: Record<string, never> }>({
  id: 'report.fee-statement',
  severity: 'warn',
  table: 'narrative',
  messages: {
    notStated: {
      'zh-CN': () => '“其他需要报告的事项”未说明是否收取信息处理费（国办函〔2020〕109号）',
      en: () => 'Section VI does not say whether an information processing fee was charged (国办函〔2020〕109号)',
    },
  },
  evaluate(report) {
    if (!followsFormat(report) || (report.report.year ?? 0) < FEE_MEASURES_FIRST_YEAR) return [];
    const { sentences, headings } = proseOf(report);
    // Without a 六 heading the statement may stand anywhere in the text.
    const section = sectionSentences(sentences, 'other', headings) ?? sentences;
    const stated = section.find((sentence) => FEE.test(sentence.key));
    return [{ scope: 'fee', outcome: stated ? 'pass' : 'broken', key: 'notStated', data: {}, cells: [], ...(stated ? { sentence: sentenceRef(stated) } : {}) }];
  },
});
