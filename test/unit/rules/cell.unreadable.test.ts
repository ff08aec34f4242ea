import { describe, expect, it } from 'vitest';
import { cellUnreadable as rule } from '@/src/check/rules/cell-unreadable';
import { expectFails, expectPasses, reportOf } from './report';

describe('cell.unreadable: every cell reads as a number or a blank mark', () => {
  it('passes: numbers and a blank', () => expectPasses(rule, reportOf({ reviewLitigation: { review: { upheld: 1, corrected: null } } })));

  it('fails (review): text that is not a number', () => {
    const findings = expectFails(rule, reportOf({ reviewLitigation: { review: { upheld: '约5' } } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome}`)).toEqual(['review.upheld review']);
    expect(findings[0]!.zh.message).toBe('行政复议（结果维持）的内容「约5」无法识别为数字');
  });
});
