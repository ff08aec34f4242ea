import { describe, expect, it } from 'vitest';
import { applicationsBalance as rule } from '@/src/check/rules/applications-balance';
import { expectFails, expectPasses, reportOf } from './report';

describe('applications.balance: 一 + 二 = （七）总计 + 四, per column', () => {
  it('passes: 5 + 1 = 4 + 2', () =>
    expectPasses(rule, reportOf({ applications: { newReceived: { total: 5 }, carriedOver: { total: 1 }, totalHandled: { total: 4 }, carriedForward: { total: 2 } } })));

  it('fails: 5 + 1 ≠ 4 + 1, reported on （七）总计', () => {
    const findings = expectFails(rule, reportOf({ applications: { newReceived: { total: 5 }, carriedOver: { total: 1 }, totalHandled: { total: 4 }, carriedForward: { total: 1 } } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['total fail 6 5']);
    expect(findings[0]!.cells[0]).toEqual({ table: 'applications', row: 'totalHandled', col: 'total' });
    expect(findings[0]!.zh.message).toBe(
      '（七）总计 + 四、结转下年度继续办理（总计）应为 6（= 一、本年新收 5 + 二、上年结转 1），实为 5（= （七）总计 4 + 四、结转下年度继续办理 1），相差 1',
    );
  });

  it('treats a blank 二、上年结转 as 0 only by assumption', () => {
    const report = reportOf({ applications: { newReceived: { total: 5 }, carriedOver: { total: null }, totalHandled: { total: 5 } } });
    expect(expectFails(rule, report).map((f) => `${f.scope} ${f.outcome}`)).toEqual(['total review']);
    expectPasses(rule, report, { blanksAsZero: true });
  });
});
