import { describe, expect, it } from 'vitest';
import { crossYearCarry as rule } from '@/src/check/rules/cross-year-carry';
import { check, expectFails, expectPasses, previousYearOf, reportOf } from './report';

// Last year (2022) carried 1 自然人 request forward.
const previousYear = previousYearOf({ year: 2022, applications: { carriedForward: { naturalPerson: 1, total: 1 } } });

describe('crossYear.carry: 二、上年结转 = last year’s 四、结转下年度继续办理, per column', () => {
  it('passes: 1 carried forward, 1 carried over', () =>
    expectPasses(rule, reportOf({ applications: { carriedOver: { naturalPerson: 1, total: 1 } } }), { blanksAsZero: false, previousYear }));

  it('fails: 1 carried forward, 0 carried over', () => {
    const findings = expectFails(rule, reportOf({ applications: {} }), { blanksAsZero: false, previousYear });
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['naturalPerson fail 1 0', 'total fail 1 0']);
    expect(findings[0]!.zh.message).toBe('二、上年结转（自然人）应为 1（= 2022 年报告的四、结转下年度继续办理），实为 0，相差 1');
  });

  it('cannot verify a blank carried over, unless blanks are assumed to be 0', () => {
    const report = reportOf({ applications: { carriedOver: { commercial: null } } });
    const findings = expectFails(rule, report, { blanksAsZero: false, previousYear }).filter((f) => f.scope === 'commercial');
    expect(findings.map((f) => f.outcome)).toEqual(['review']);
    expect(findings[0]!.zh.message).toBe('无法核对二、上年结转（商业企业）：本年或 2022 年报告中该格为空白');
    expect(check(rule, report, { blanksAsZero: true, previousYear }).findings.map((f) => f.scope)).toEqual(['naturalPerson', 'total']);
  });

  it('does nothing without last year’s report', () => expect(check(rule, reportOf({ applications: {} })).summary.pass).toBe(0));
});
