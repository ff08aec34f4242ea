import { describe, expect, it } from 'vitest';
import { narrativeHandled as rule } from '@/src/check/rules/narrative-handled';
import { expectFails, expectPasses, reportOf } from './report';

// 表三: （七）总计 9, 二、上年结转 2.
const tables = { applications: { totalHandled: { total: 9 }, carriedOver: { total: 2 } } };

describe('narrative.handled: "答复/办结 N 件" = （七）总计, "含上年结转 Z 件" = 二 总计', () => {
  it('passes: "共答复政府信息公开申请9件（含上年结转2件）"', () =>
    expectPasses(rule, reportOf({ ...tables, prose: '共答复政府信息公开申请9件（含上年结转2件）。' })));

  it('fails (warn): "办结申请8件，含上年结转3件"', () => {
    const findings = expectFails(rule, reportOf({ ...tables, prose: '办结申请8件，含上年结转3件。' }));
    expect(findings.map((f) => `${f.scope} ${f.outcome}`)).toEqual(['handled warn', 'carriedOver warn']);
    expect(findings.map((f) => f.zh.message)).toEqual(['正文称答复/办结 8 件，表三（七）总计为 9，相差 1', '正文称含上年结转 3 件，表三二、上年结转总计为 2']);
  });
});
