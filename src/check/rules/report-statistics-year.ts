// The statistics year is the year before publication: a 2023 report is published in 2024 (seed 001: 2024-01-26).
// A report dated in its own statistics year, or two years on, names the wrong year or was published very late.
import { formatDate, publishDate } from '../prose/published';
import type { Rule } from '../types';

export const reportStatisticsYear: Rule = {
  id: 'report.statistics-year',
  title: 'statisticsYear',
  severity: 'warn',
  tables: ['narrative'],
  messages: ['report.statisticsYear'],
  evaluate(report) {
    const published = publishDate(report.published ?? null, report.proseKey);
    const year = report.report.year;
    if (!published || year === null) return [];
    const data = { year, published: formatDate(published) };
    return [{ scope: 'year', outcome: published.year === year + 1 ? 'pass' : 'warn', key: 'report.statisticsYear', data, expected: published.year - 1, found: year, cells: [] }];
  },
};
