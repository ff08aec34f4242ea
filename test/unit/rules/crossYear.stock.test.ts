import { describe, expect, it } from 'vitest';
import { crossYearStock as rule } from '@/src/check/rules/cross-year-stock';
import { check, expectFails, expectPasses, previousYearOf, reportOf } from './report';

// Last year (2022): 5 规范性文件 in force.
const previousYear = previousYearOf({ year: 2022, activeDisclosure: { normativeDocuments: { inForce: 5 } } });

describe('crossYear.stock: 现行有效件数 = last year’s + 本年制发 − 本年废止', () => {
  it('passes: 5 + 3 − 0 = 8 (洪泽区 2023 → 2024)', () =>
    expectPasses(rule, reportOf({ activeDisclosure: { normativeDocuments: { issued: 3, inForce: 8 } } }), { blanksAsZero: false, previousYear }));

  it('fails (warn): 5 + 3 − 1 ≠ 0', () => {
    const findings = expectFails(rule, reportOf({ activeDisclosure: { normativeDocuments: { issued: 3, repealed: 1, inForce: 0 } } }), { blanksAsZero: false, previousYear });
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['normativeDocuments warn 7 0']);
    expect(findings[0]!.zh.message).toBe('行政规范性文件现行有效件数应为 7（= 2022 年的 5 + 本年制发 3 − 本年废止 1），实为 0（有的机关对修订、失效另行计数，请核实）');
  });

  it('reads this year’s blank 本年废止 as 0 only by assumption', () => {
    const report = reportOf({ activeDisclosure: { normativeDocuments: { issued: 3, repealed: null, inForce: 8 } } });
    expect(check(rule, report, { blanksAsZero: false, previousYear }).summary).toEqual({ fail: 0, warn: 0, review: 0, pass: 1 });
    expect(check(rule, report, { blanksAsZero: true, previousYear }).summary).toEqual({ fail: 0, warn: 0, review: 0, pass: 2 });
  });

  it('does nothing after a 2019-format year, which has no 现行有效件数', () => {
    const before2019 = previousYearOf({ year: 2020, disclosureTemplate: '2019', activeDisclosure: {} });
    expect(check(rule, reportOf({ activeDisclosure: {} }), { blanksAsZero: false, previousYear: before2019 }).summary.pass).toBe(0);
  });
});
