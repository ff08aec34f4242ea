import { describe, expect, it } from 'vitest';
import { disclosureInForce as rule } from '@/src/check/rules/disclosure-in-force';
import { check, expectFails, expectPasses, reportOf } from './report';

describe('activeDisclosure.in-force-below-issued: 现行有效件数 ≥ 本年制发件数 (2021 表二)', () => {
  it('passes: 2 issued, 5 in force', () => expectPasses(rule, reportOf({ activeDisclosure: { regulations: { issued: 2, inForce: 5 } } })));

  it('fails (warn): 3 规范性文件 issued, 1 in force', () => {
    const findings = expectFails(rule, reportOf({ activeDisclosure: { normativeDocuments: { issued: 3, inForce: 1 } } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['normativeDocuments warn 3 1']);
    expect(findings[0]!.zh.message).toBe('行政规范性文件：现行有效件数 1 少于本年制发件数 3');
  });

  it('reads a blank as 0 only by assumption', () => {
    const report = reportOf({ activeDisclosure: { normativeDocuments: { issued: 3, inForce: null } } });
    expect(check(rule, report).findings).toEqual([]);
    expect(expectFails(rule, report, { blanksAsZero: true }).map((f) => `${f.scope} ${f.found}`)).toEqual(['normativeDocuments 0']);
  });

  it('does not apply to the 2019 表二, whose columns mean something else', () =>
    expect(check(rule, reportOf({ disclosureTemplate: '2019', activeDisclosure: {} })).summary.pass).toBe(0));
});
