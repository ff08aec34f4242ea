// The six sections of the national format are all there (国办公开办函〔2021〕30号; transparency evaluators score it).
// Found by their headings' words, so "五、存在的主要问题和改进情况" counts; seed 002 has no 四 heading.
import type { Locale } from '../../i18n/labels';
import { proseOf } from '../prose/reading';
import { SECTIONS, followsFormat, type Section } from '../prose/sections';
import { defineRule, type RuleTitle } from '../types';

const SECTION_NAMES: Record<Locale, Record<Section, string>> = {
  'zh-CN': {
    overview: '“一、总体情况”',
    proactive: '“二、主动公开政府信息情况”',
    requests: '“三、收到和处理政府信息公开申请情况”',
    reviewLitigation: '“四、政府信息公开行政复议、行政诉讼情况”',
    problems: '“五、存在的主要问题及改进情况”',
    other: '“六、其他需要报告的事项”',
  },
  en: { overview: 'I (overview)', proactive: 'II (proactive disclosure)', requests: 'III (requests)', reviewLitigation: 'IV (review and litigation)', problems: 'V (problems and improvements)', other: 'VI (other matters)' },
};

export const title: RuleTitle = { 'zh-CN': '六个部分齐全', en: 'All six sections are present' };

export const reportSections = defineRule<{ missing: { missing: Section[] } }>({
  id: 'report.sections',
  severity: 'warn',
  table: 'narrative',
  messages: {
    missing: {
      'zh-CN': (d) => `报告缺少${d.missing.map((s) => SECTION_NAMES['zh-CN'][s]).join('、')}部分（年报格式规定六个部分）`,
      en: (d) => `The report lacks ${d.missing.map((s) => SECTION_NAMES.en[s]).join(', ')} (the format has six sections)`,
    },
  },
  evaluate(report) {
    if (!followsFormat(report)) return [];
    const { headings } = proseOf(report);
    const missing = SECTIONS.filter((section) => headings[section] === undefined);
    return [{ scope: 'sections', outcome: missing.length ? 'broken' : 'pass', key: 'missing', data: { missing }, cells: [] }];
  },
});
