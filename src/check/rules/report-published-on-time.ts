// Published on time, when the page shows a publish date: a department by 31 January, a 县级以上人民政府 by
// 31 March of the year after the statistics year (条例第四十九条). Seed 001: 发布日期 2024-01-26 for 2023, on time.
import { dayNumber, formatDate, publishDate, publishDeadline } from '../prose/published';
import { defineRule, type RuleTitle } from '../types';

export const title: RuleTitle = { 'zh-CN': '按期公布（部门 1月31日、政府 3月31日前）', en: 'Published on time (departments by 31 Jan, governments by 31 Mar)' };

export const reportPublishedOnTime = defineRule<{ late: { published: string; deadline: string; government: boolean } }>({
  id: 'report.published-on-time',
  severity: 'warn',
  table: 'narrative',
  messages: {
    late: {
      'zh-CN': (d) => `发布日期 ${d.published} 晚于${d.government ? '县级以上人民政府' : '政府部门'}年报的公布期限 ${d.deadline}（条例第四十九条）`,
      en: (d) => `Published ${d.published}, after the deadline for ${d.government ? 'a government' : 'a department'}: ${d.deadline} (Regulations art. 49)`,
    },
  },
  evaluate(report) {
    const published = publishDate(report.published ?? null, report.proseKey);
    const year = report.report.year;
    if (!published || year === null || published.year !== year + 1) return []; // another year: report.statistics-year
    const deadline = publishDeadline(report.report.agency, year);
    const data = { published: formatDate(published), deadline: formatDate(deadline), government: deadline.month === 3 };
    return [{ scope: 'published', outcome: dayNumber(published) <= dayNumber(deadline) ? 'pass' : 'broken', key: 'late', data, cells: [] }];
  },
});
