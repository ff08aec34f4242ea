import { describe, expect, it } from 'vitest';
import { groupOf } from '@/src/check/engine';
import { cellMissing as rule } from '@/src/check/rules/cell-missing';
import { expectFails, expectPasses, MISSING, reportOf } from './report';

describe('cell.missing: every row has all its cells', () => {
  it('passes: full rows', () => expectPasses(rule, reportOf({ applications: {}, reviewLitigation: {} })));

  it('fails (review): seed 002’s "2.其他法律行政法规禁止公开" with a cell too few', () => {
    const findings = expectFails(rule, reportOf({ applications: { 'withheld.lawForbidden': { total: MISSING } } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${groupOf(f, [rule])}`)).toEqual(['withheld.lawForbidden.total review applications']);
    expect(findings[0]!.zh.message).toBe('（三）2.其他法律行政法规禁止公开这一行少一格：总计处没有单元格（未移位补齐，请人工核对）');
  });
});
