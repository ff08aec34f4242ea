import { describe, expect, it } from 'vitest';
import { narrativePeriodYear as rule } from '@/src/check/rules/narrative-period-year';
import { expectFails, expectPasses, reportOf } from './report';

describe('narrative.period-year: the statistics period has the title’s year', () => {
  it('passes: 2023 and 2023', () => expectPasses(rule, reportOf({ titleYear: 2023, periodYear: 2023 })));

  it('fails (warn): a 2023 report whose period says 2022', () => {
    const findings = expectFails(rule, reportOf({ titleYear: 2023, periodYear: 2022 }));
    expect(findings.map((f) => `${f.outcome} ${f.expected} ${f.found}`)).toEqual(['warn 2023 2022']);
    expect(findings[0]!.zh.message).toBe('统计时限写的是 2022 年，而标题是 2023 年的报告');
  });
});
