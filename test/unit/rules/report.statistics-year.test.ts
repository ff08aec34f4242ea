// report.statistics-year: seed 000 (a 2023 report, PubDate 2024-01-30) passes; a 2023 report dated 2023 does not.
import { describe, expect, it } from 'vitest';
import { reportStatisticsYear as rule } from '@/src/check/rules/report-statistics-year';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

describe('report.statistics-year: the statistics year is the year before publication', () => {
  it('passes: seed 000\'s PubDate meta 2024-01-30 for 2023', () => expectPasses(rule, { ...proseReport({ prose: '', year: 2023 }), published: '2024-01-30 10:12' }));

  it('fails (warn): a 2023 report dated 2023-12-28', () => {
    const findings = expectFails(rule, proseReport({ prose: '发布日期：2023-12-28', year: 2023 }));
    expect(findings.map((f) => `${f.outcome} ${f.expected} ${f.found}`)).toEqual(['warn 2022 2023']);
    expect(findings[0]!.zh.message).toBe('报告统计年度为 2023 年，但发布于 2023-12-28：统计年度应为发布的上一年');
  });
});
