// crossYear.copied: table 三 identical to last year's in every cell.
import { describe, expect, it } from 'vitest';
import { crossYearCopied as rule } from '@/src/check/rules/cross-year-copied';
import { lastYearJson, proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

const tables = { newReceived: [3, 1, 0, 0, 0, 0, 4], granted: [3, 1, 0, 0, 0, 0, 4], totalHandled: [3, 1, 0, 0, 0, 0, 4] };

describe('crossYear.copied: table 三 is not last year\'s copy', () => {
  it('passes when one cell differs', () => {
    const changed = { ...tables, granted: [2, 1, 0, 0, 0, 0, 3], 'unavailable.notHeld': [1, 0, 0, 0, 0, 0, 1] };
    expectPasses(rule, proseReport({ prose: '', applications: changed }), { blanksAsZero: false, previousYear: lastYearJson(2022, tables) });
  });

  it('fails (warn) when every cell equals last year\'s: 25 rows of the 2021 layout × 7 columns', () => {
    const findings = expectFails(rule, proseReport({ prose: '', applications: tables }), { blanksAsZero: false, previousYear: lastYearJson(2022, tables) });
    expect(findings[0]!.zh.message).toBe('表三与 2022 年报告的全部 175 格完全相同，可能照搬了上年数据');
  });

  it('says nothing about two years of zeros', () => {
    expect(rule.evaluate(proseReport({ prose: '' }), { options: { blanksAsZero: false }, previousYear: lastYearJson(2022, {}) })).toEqual([]);
  });
});
