// report.published-on-time: seed 001 (伊宁县人民政府, 发布日期 2024-01-26) is on time; a department after 31 January is not.
import { describe, expect, it } from 'vitest';
import { reportPublishedOnTime as rule } from '@/src/check/rules/report-published-on-time';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

describe('report.published-on-time: by 31 Jan (a department) or 31 Mar (a government), 条例第四十九条', () => {
  it('passes: seed 001, and a government on 31 March', () => {
    expectPasses(rule, proseReport({ prose: '发布日期：2024-01-26', agency: '伊宁县人民政府' }));
    expectPasses(rule, proseReport({ prose: '发布日期：2024-03-31', agency: '伊宁县人民政府' }));
  });

  it('fails (warn): a department on 20 February', () => {
    const findings = expectFails(rule, proseReport({ prose: '发布时间：2024-02-20 09:30', agency: '某县教育局' }));
    expect(findings[0]!.zh.message).toBe('发布日期 2024-02-20 晚于政府部门年报的公布期限 2024-01-31（条例第四十九条）');
  });

  it('says nothing without a date', () => {
    expect(rule.evaluate(proseReport({ prose: '一、总体情况' }), { options: { blanksAsZero: false }, previousYear: null })).toEqual([]);
  });
});
