// "主动公开政府信息4042条，其中…1495条，…2918条" (seed 000): the parts after 其中 add up to more than the whole.
import { sentenceRef } from '../prose/judge';
import { proseOf } from '../prose/reading';
import { quote } from '../prose/sentences';
import { defineRule, type Evaluation, type RuleTitle } from '../types';

const WHOLE_THEN_PARTS = /(\d+)(条|件|个|项|篇|期)[,，]?其中/;
// Counts with their unit; "件次" is its own unit (it counts something else than "件").
const COUNT = /(\d+)(件次|条|件|个|项|篇|期)/g;

type Messages = { partsExceedWhole: { excerpt: string; sum: number; whole: number } };

export const title: RuleTitle = { 'zh-CN': '正文“其中”各分项不超过总数', en: 'Parts listed in the text do not exceed the whole' };

export const narrativePartsExceedWhole = defineRule<Messages>({
  id: 'narrative.parts-exceed-whole',
  severity: 'warn',
  table: 'narrative',
  messages: {
    partsExceedWhole: {
      'zh-CN': (d) => `正文「${d.excerpt}」：“其中”各分项之和 ${d.sum} 超过总数 ${d.whole}，多出 ${d.sum - d.whole}`,
      en: (d) => `The text "${d.excerpt}": parts add up to ${d.sum}, more than the whole ${d.whole}`,
    },
  },
  evaluate(report) {
    const out: Evaluation<Messages>[] = [];
    for (const sentence of proseOf(report).sentences) {
      const match = WHOLE_THEN_PARTS.exec(sentence.key);
      if (!match) continue;
      const [, digits, unit] = match;
      const whole = Number(digits);
      const rest = sentence.key.slice(match.index + match[0].length);
      const parts = [...rest.matchAll(COUNT)].filter((part) => part[2] === unit).map((part) => Number(part[1]));
      if (parts.length < 2) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      const data = { excerpt: quote(sentence, 80), sum, whole };
      out.push({ scope: `${whole}${unit}`, outcome: sum > whole ? 'broken' : 'pass', key: 'partsExceedWhole', data, expected: whole, found: sum, cells: [], sentence: sentenceRef(sentence) });
    }
    return out;
  },
});
