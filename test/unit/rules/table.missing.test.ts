import { describe, expect, it } from 'vitest';
import { groupOf } from '@/src/check/engine';
import { tableMissing as rule } from '@/src/check/rules/table-missing';
import { check, expectFails, expectPasses, reportOf } from './report';

describe('table.missing: all three tables are present', () => {
  it('passes: 表二, 表三 and 表四', () => expectPasses(rule, reportOf({ activeDisclosure: {}, applications: {}, reviewLitigation: {} })));

  it('fails (review): 表四 not found, listed under 表四', () => {
    const findings = expectFails(rule, reportOf({ activeDisclosure: {}, applications: {} }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${groupOf(f, [rule])}`)).toEqual(['reviewLitigation review reviewLitigation']);
    expect(findings[0]!.zh.message).toBe('页面上未找到表四（复议、诉讼），相关勾稽关系无法核对');
  });

  it('says nothing on a page without HTML tables (its status says so)', () =>
    expect(check(rule, reportOf({ status: 'no-html-tables' }))).toEqual({ findings: [], summary: { fail: 0, warn: 0, review: 0, pass: 0 } }));
});
