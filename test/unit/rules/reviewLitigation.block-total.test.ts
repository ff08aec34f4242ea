import { describe, expect, it } from 'vitest';
import { reviewBlockTotal as rule } from '@/src/check/rules/review-block-total';
import { check, expectFails, expectPasses, reportOf } from './report';

describe('reviewLitigation.block-total: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计', () => {
  it('passes: 2 + 1 + 0 + 0 = 3', () => expectPasses(rule, reportOf({ reviewLitigation: { review: { upheld: 2, corrected: 1, total: 3 } } })));

  it('fails: 2 + 1 + 0 + 0 ≠ 4, stating the formula, expected, found and the difference', () => {
    const [finding, ...rest] = expectFails(rule, reportOf({ reviewLitigation: { review: { upheld: 2, corrected: 1, total: 4 } } }));
    expect(rest).toEqual([]);
    expect([finding!.scope, finding!.outcome, finding!.expected, finding!.found]).toEqual(['review', 'fail', 3, 4]);
    expect(finding!.cells[0]).toEqual({ table: 'reviewLitigation', row: 'review', col: 'total' });
    expect(finding!.zh.message).toBe('行政复议（总计）应为 3（= 结果维持 2 + 结果纠正 1），实为 4，相差 1');
    expect(finding!.en.message).toBe('Administrative review (total) should be 3 (= upheld 2 + corrected 1), found 4, off by 1');
  });

  it('says when a 总计 of 0 stands beside non-zero parts (洪泽区 2023)', () => {
    const [finding] = expectFails(rule, reportOf({ reviewLitigation: { review: { upheld: 10, corrected: 1, total: 0 } } }));
    expect(finding!.zh.message).toBe('行政复议（总计）填为 0，但其组成项之和为 11（= 结果维持 10 + 结果纠正 1），相差 11');
  });

  it('hints at two single-digit cells that would hold the identity as one number', () => {
    // "12" typed as "1" | "2": 1 + 2 + 0 + 0 ≠ 12, but 12 + 0 + 0 + 0 = 12.
    const [split] = expectFails(rule, reportOf({ reviewLitigation: { review: { upheld: 1, corrected: 2, total: 12 } } }));
    expect(split!.hint).toEqual({ key: 'splitDigit', data: { left: 1, right: 2, merged: 12 } });
    expect(split!.zh.hint).toBe('提示：若相邻两格「1」「2」本是一个数 12，等式即成立，可能是一个数被拆进了两格');
    const [plain] = expectFails(rule, reportOf({ reviewLitigation: { review: { upheld: 1, corrected: 2, total: 5 } } }));
    expect(plain!.hint).toBeUndefined();
  });

  it('cannot verify a sum with a blank operand, unless blanks are assumed to be 0', () => {
    const report = reportOf({ reviewLitigation: { litigationDirect: { upheld: null, corrected: 1, total: 1 } } });
    const [finding] = expectFails(rule, report);
    expect([finding!.scope, finding!.outcome]).toEqual(['litigationDirect', 'review']);
    expect(finding!.zh.message).toBe('无法核对 未经复议直接起诉（总计） = 结果维持 ? + 结果纠正 1：未经复议直接起诉（结果维持）为空白或无法识别（未当作 0）');
    expectPasses(rule, report, { blanksAsZero: true });
  });

  it('evaluates nothing without 表四', () => expect(check(rule, reportOf({ applications: {} })).summary.pass).toBe(0));
});
