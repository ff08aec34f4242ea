// "主动公开政府信息4042条，其中…1495条，…2918条" (seed 000): the parts after 其中 add up to more than the whole.
import { cleanText, labelKey } from '../../text/normalize';
import { defineRule, type Evaluation, type RuleTitle } from '../types';

const WHOLE_THEN_PARTS = /(\d+)(条|件|个|项|篇|期)[,，]?其中(.*)$/;

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
    for (const sentence of report.prose.normalize('NFKC').split(/[。；;！!？?\n]/)) {
      const text = labelKey(sentence);
      const match = WHOLE_THEN_PARTS.exec(text);
      if (!match) continue;
      const whole = Number(match[1]);
      // A part is a number with the same unit, not followed by 次 ("件次" counts something else).
      const parts = [...match[3]!.matchAll(new RegExp(`(\\d+)${match[2]}(?!次)`, 'g'))].map((part) => Number(part[1]));
      if (parts.length < 2) continue;
      const sum = parts.reduce((a, b) => a + b, 0);
      const excerpt = cleanText(sentence).slice(0, 80);
      out.push({ scope: `${whole}${match[2]}`, outcome: sum > whole ? 'broken' : 'pass', key: 'partsExceedWhole', data: { excerpt, sum, whole }, expected: whole, found: sum, cells: [] });
    }
    return out;
  },
});
