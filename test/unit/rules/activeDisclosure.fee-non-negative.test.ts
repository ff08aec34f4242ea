import { describe, expect, it } from 'vitest';
import { feeNonNegative as rule } from '@/src/check/rules/fee-non-negative';
import { expectFails, expectPasses, reportOf } from './report';

describe('activeDisclosure.fee-non-negative: 收费金额 ≥ 0', () => {
  it('passes: 0.5 万元', () => expectPasses(rule, reportOf({ activeDisclosure: { fees: { amount: 0.5 } } })));

  it('fails: −0.5 万元', () => {
    const findings = expectFails(rule, reportOf({ activeDisclosure: { fees: { amount: -0.5 } } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.found}`)).toEqual(['fees.amount fail -0.5']);
    expect(findings[0]!.zh.message).toBe('行政事业性收费（金额（万元））不应为负数，实为 -0.5');
  });
});
