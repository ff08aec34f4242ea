import { describe, expect, it } from 'vitest';
import { runRules } from '@/src/check/engine';
import { checkContext, defineRule } from '@/src/check/types';
import { check, reportOf } from './report';

const probe = (outcome: 'pass' | 'broken' | 'review', layouts?: readonly ('2021' | '2019')[]) =>
  defineRule<{ said: { n: number } }>({
    id: 'test.probe',
    severity: 'warn',
    table: 'activeDisclosure',
    layouts,
    messages: { said: { 'zh-CN': (d) => `说了 ${d.n}`, en: (d) => `said ${d.n}` } },
    evaluate: () => [{ scope: 'x', outcome, key: 'said', data: { n: 1 }, cells: [] }],
  });

describe('the engine', () => {
  it('turns a rule that throws into a review finding naming it', () => {
    const broken = defineRule<{ never: object }>({
      id: 'test.broken',
      severity: 'fail',
      table: 'narrative',
        messages: { never: { 'zh-CN': () => '', en: () => '' } },
      evaluate: () => {
        throw new Error('boom');
      },
    });
    const { findings } = check(broken, reportOf({}));
    expect(findings).toEqual([expect.objectContaining({ rule: 'test.broken', outcome: 'review', key: 'rule.crashed' })]);
    expect(findings[0]!.zh.message).toBe('检查规则 test.broken 运行出错，未能完成核对（Error: boom）');
    expect(findings[0]!.en.message).toBe('Rule test.broken failed to run (Error: boom); nothing was verified');
  });

  it('gives a broken instance the rule’s severity and keeps review as review', () => {
    expect(check(probe('broken'), reportOf({ activeDisclosure: {} })).findings.map((f) => f.outcome)).toEqual(['warn']);
    expect(check(probe('review'), reportOf({ activeDisclosure: {} })).findings.map((f) => f.outcome)).toEqual(['review']);
    expect(check(probe('pass'), reportOf({ activeDisclosure: {} })).summary).toEqual({ fail: 0, warn: 0, review: 0, pass: 1 });
  });

  it('words a finding with the rule’s own message in each locale', () => {
    const [finding] = check(probe('broken'), reportOf({ activeDisclosure: {} })).findings;
    expect([finding!.zh.message, finding!.en.message]).toEqual(['说了 1', 'said 1']);
  });

  it('skips a rule whose table has a layout it does not apply to', () => {
    const only2021 = probe('broken', ['2021']);
    expect(check(only2021, reportOf({ activeDisclosure: {}, disclosureTemplate: '2019' })).findings).toEqual([]);
    expect(check(only2021, reportOf({ activeDisclosure: {}, disclosureTemplate: '2021' })).findings).toHaveLength(1);
  });

  it('counts passes and every outcome in the summary', () => {
    const { summary } = runRules(reportOf({ reviewLitigation: { review: { upheld: 1 } } }), checkContext());
    // 行政复议 总计 0 beside 结果维持 1: one fail; 表二 and 表三 absent on a page with tables: two reviews.
    expect(summary).toMatchObject({ fail: 1, warn: 0, review: 2 });
    expect(summary.pass).toBeGreaterThan(0);
  });
});
