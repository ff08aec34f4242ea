// "予以公开及部分公开208件（17.46%）": the share printed beside a count, against the count and a base it may be
// taken of (the sentence's total, the received or the handled total). No base fits → warn.
import { sentenceRef } from '../prose/judge';
import { proseOf } from '../prose/reading';
import { percentBases, shareFits } from '../prose/readings';
import { quote } from '../prose/sentences';
import { defineRule, type Evaluation, type RuleTitle } from '../types';

type Messages = { percentage: { quote: string; claimed: number; percent: number; base: number; share: number } };

export const title: RuleTitle = { 'zh-CN': '正文百分比与件数及其基数相符', en: 'Percentages in the text match their counts and bases' };

export const narrativePercentage = defineRule<Messages>({
  id: 'narrative.percentage',
  severity: 'warn',
  table: 'narrative',
  messages: {
    percentage: {
      'zh-CN': (d) => `正文「${d.quote}」：${d.claimed} 件写作 ${d.percent}%，按基数 ${d.base} 计算应为 ${d.share}%`,
      en: (d) => `The text "${d.quote}": ${d.claimed} is given as ${d.percent}%, but of ${d.base} it is ${d.share}%`,
    },
  },
  evaluate(report) {
    const out: Evaluation<Messages>[] = [];
    for (const claim of proseOf(report).claims) {
      const percent = claim.percent;
      if (!percent || claim.approximate) continue;
      const bases = percentBases(report, claim);
      if (bases.length === 0) continue;
      const base = bases.find((candidate) => shareFits(claim.count, candidate, percent)) ?? bases[0]!;
      const scale = 10 ** percent.decimals;
      const share = Math.round((claim.count / base) * 100 * scale) / scale;
      const data = { quote: quote(claim.sentence), claimed: claim.count, percent: percent.value, base, share };
      const outcome = shareFits(claim.count, base, percent) ? 'pass' : 'broken';
      out.push({ scope: `${claim.count}(${percent.value}%)`, outcome, key: 'percentage', data, cells: [], sentence: sentenceRef(claim.sentence) });
    }
    return out;
  },
});
