import { describe, expect, it } from 'vitest';
import { narrativeReviewLitigation as rule } from '@/src/check/rules/narrative-review-litigation';
import { check, expectFails, expectPasses, reportOf } from './report';

// 表四: 1 行政复议, 1 + 1 行政诉讼.
const tables = { reviewLitigation: { review: { upheld: 1, total: 1 }, litigationDirect: { upheld: 1, total: 1 }, litigationAfterReview: { pending: 1, total: 1 } } };

describe('narrative.review-litigation: "行政复议 r 件", "行政诉讼 s 件", "未发生…" against 表四', () => {
  it('passes: "行政复议1件，行政诉讼2件"', () => expectPasses(rule, reportOf({ ...tables, prose: '发生行政复议1件，行政诉讼2件。' })));

  it('fails (warn): "未发生行政复议、行政诉讼" beside non-zero totals', () => {
    const findings = expectFails(rule, reportOf({ ...tables, prose: '本年度未发生行政复议、行政诉讼情况。' }));
    expect(findings.map((f) => `${f.scope} ${f.outcome}`)).toEqual(['none warn']);
    expect(findings[0]!.zh.message).toBe('正文称未发生行政复议、行政诉讼，但表四行政复议（总计）、未经复议直接起诉（总计）、复议后起诉（总计）不为 0');
  });

  it('compares with a blank 总计 only when blanks are assumed to be 0', () => {
    const report = reportOf({ reviewLitigation: { review: { total: null } }, prose: '发生行政复议1件。' });
    expect(check(rule, report).summary.pass + check(rule, report).findings.length).toBe(0);
    expect(expectFails(rule, report, { blanksAsZero: true }).map((f) => `${f.scope} ${f.expected} ${f.found}`)).toEqual(['review 0 1']);
  });
});
