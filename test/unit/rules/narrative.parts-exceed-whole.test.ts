import { describe, expect, it } from 'vitest';
import { narrativePartsExceedWhole as rule } from '@/src/check/rules/narrative-parts-exceed-whole';
import { expectFails, expectPasses, reportOf } from './report';

describe('narrative.parts-exceed-whole: the parts after 其中 do not exceed the whole', () => {
  it('passes: 1000 + 2000 ≤ 4042', () => expectPasses(rule, reportOf({ prose: '主动公开政府信息4042条，其中网站发布1000条，政务新媒体发布2000条。' })));

  // The excerpt is read after NFKC, so its commas are ASCII.
  it('fails (warn): seed 000’s 1495 + 2918 = 4413 > 4042', () => {
    const findings = expectFails(rule, reportOf({ prose: '主动公开政府信息4042条，其中网站发布1495条，政务新媒体发布2918条。' }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['4042条 warn 4042 4413']);
    expect(findings[0]!.zh.message).toBe('正文「主动公开政府信息4042条,其中网站发布1495条,政务新媒体发布2918条」：“其中”各分项之和 4413 超过总数 4042，多出 371');
  });

  it('does not count 件次 as parts of 件', () =>
    expect(rule.evaluate(reportOf({ prose: '办理10件，其中答复咨询200件次，转办300件次。' }), { options: { blanksAsZero: false }, previousYear: null })).toEqual([]));
});
