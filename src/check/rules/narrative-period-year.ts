// The statistics period ("统计时限为2023年1月1日起至…") names the same year as the title.
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '统计时限的年份与标题一致', en: 'The statistics period has the title’s year' };

export const narrativePeriodYear = defineRule<{ periodYear: { period: number; title: number } }>({
  id: 'narrative.period-year',
  severity: 'warn',
  table: 'narrative',
  messages: {
    periodYear: {
      'zh-CN': (d) => `统计时限写的是 ${d.period} 年，而标题是 ${d.title} 年的报告`,
      en: (d) => `The statistics period says ${d.period}, the title says ${d.title}`,
    },
  },
  evaluate(report) {
    const { periodYear: period, titleYear: title } = report;
    if (period === null || title === null) return [];
    return [{ scope: 'period', outcome: period === title ? 'pass' : 'broken', key: 'periodYear', data: { period, title }, expected: title, found: period, cells: [] }];
  },
});
