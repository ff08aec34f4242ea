import { describe, expect, it } from 'vitest';
import { groupOf } from '@/src/check/engine';
import { cellNonNegativeInteger as rule } from '@/src/check/rules/cell-non-negative-integer';
import { expectFails, expectPasses, reportOf } from './report';

describe('cell.non-negative-integer: every count is a whole number ≥ 0', () => {
  it('passes: whole counts, and a fee in 万元 with decimals is not a count', () =>
    expectPasses(rule, reportOf({ applications: { newReceived: { naturalPerson: 3, total: 3 } }, activeDisclosure: { fees: { amount: 0.5 } } })));

  it('fails: 2.5 requests and −1 review, each listed under its own table', () => {
    const findings = expectFails(rule, reportOf({ applications: { newReceived: { naturalPerson: 2.5 } }, reviewLitigation: { review: { upheld: -1 } } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.found} ${groupOf(f, [rule])}`)).toEqual([
      'newReceived.naturalPerson fail 2.5 applications',
      'review.upheld fail -1 reviewLitigation',
    ]);
    expect(findings.map((f) => f.zh.message)).toEqual(['一、本年新收（自然人）应为非负整数，实为 2.5', '行政复议（结果维持）应为非负整数，实为 -1']);
  });
});
