// Published on time, when the page shows a publish date: a department by 31 January, a 县级以上人民政府 by
// 31 March of the year after the statistics year (条例第四十九条). Seed 001: 发布日期 2024-01-26 for 2023, on time.
import { dayNumber, formatDate, publishDate, publishDeadline } from '../prose/published';
import type { Rule } from '../types';

export const reportPublishedOnTime: Rule = {
  id: 'report.published-on-time',
  title: 'publishedOnTime',
  severity: 'warn',
  tables: ['narrative'],
  messages: ['report.publishedLate'],
  evaluate(report) {
    const published = publishDate(report.published ?? null, report.proseKey);
    const year = report.report.year;
    if (!published || year === null || published.year !== year + 1) return []; // another year: report.statistics-year
    const deadline = publishDeadline(report.report.agency, year);
    const data = { published: formatDate(published), deadline: formatDate(deadline), government: deadline.month === 3 };
    return [{ scope: 'published', outcome: dayNumber(published) <= dayNumber(deadline) ? 'pass' : 'warn', key: 'report.publishedLate', data, cells: [] }];
  },
};
