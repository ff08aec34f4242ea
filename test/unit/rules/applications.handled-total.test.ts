import { describe, expect, it } from 'vitest';
import { applicationsHandledTotal as rule } from '@/src/check/rules/applications-handled-total';
import { expectFails, expectPasses, MISSING, reportOf } from './report';

describe('applications.handled-total: （七）总计 = the result rows （一）…（六）, per column', () => {
  it('passes: 予以公开 2 + （六）3.其他 1 = 3', () =>
    expectPasses(rule, reportOf({ applications: { granted: { total: 2 }, 'other.misc': { total: 1 }, totalHandled: { total: 3 } } })));

  it('fails: 2 + 1 ≠ 2 in the 总计 column', () => {
    const findings = expectFails(rule, reportOf({ applications: { granted: { total: 2 }, 'other.misc': { total: 1 }, totalHandled: { total: 2 } } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['total fail 3 2']);
    expect(findings[0]!.zh.message).toBe('（七）总计（总计）应为 3（= （一）予以公开 2 + （六）3.其他 1），实为 2，相差 1');
  });

  it('sums the one （六）其他处理 row in the 2019 layout', () =>
    expectPasses(rule, reportOf({ applicationsLayout: '2019', applications: { granted: { total: 2 }, 'other.all': { total: 1 }, totalHandled: { total: 3 } } })));

  it('never sums over a missing cell: its column cannot be verified', () => {
    const findings = expectFails(rule, reportOf({ applications: { 'withheld.lawForbidden': { research: MISSING } } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome}`)).toEqual(['research review']);
  });
});
