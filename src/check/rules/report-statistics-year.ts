// The statistics year is the year before publication: a 2023 report is published in 2024 (seed 001: 2024-01-26).
// A report dated in its own statistics year, or two years on, names the wrong year or was published very late.
import { formatDate, publishDate } from '../prose/published';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '统计年度为发布的上一年', en: 'The statistics year is the year before publication' };

export const reportStatisticsYear = defineRule<{ year: { year: number; published: string } }>({
  id: 'report.statistics-year',
  severity: 'warn',
  table: 'narrative',
  messages: {
    year: {
      'zh-CN': (d) => `报告统计年度为 ${d.year} 年，但发布于 ${d.published}：统计年度应为发布的上一年`,
      en: (d) => `The report covers ${d.year} but was published ${d.published}: the statistics year should be the year before publication`,
    },
  },
  evaluate(report) {
    const published = publishDate(report.published ?? null, report.proseKey);
    const year = report.report.year;
    if (!published || year === null) return [];
    const data = { year, published: formatDate(published) };
    return [{ scope: 'year', outcome: published.year === year + 1 ? 'pass' : 'broken', key: 'year', data, expected: published.year - 1, found: year, cells: [] }];
  },
});
