import { describe, expect, it } from 'vitest';
import { narrativeReceived as rule } from '@/src/check/rules/narrative-received';
import { expectFails, expectPasses, reportOf } from './report';

// 表三: 10 new requests, 2 carried over.
const tables = { applications: { newReceived: { total: 10 }, carriedOver: { total: 2 } } };

describe('narrative.received: "收到申请 N 件" = 一 总计, or 一 + 二', () => {
  it('passes: "全年共收到政府信息公开申请10件" (new only) and "…12件" (with carry-over)', () => {
    expectPasses(rule, reportOf({ ...tables, prose: '全年共收到政府信息公开申请10件。' }));
    expectPasses(rule, reportOf({ ...tables, prose: '全年共收到政府信息公开申请12件。' }));
  });

  it('fails (warn): 13 is neither', () => {
    const findings = expectFails(rule, reportOf({ ...tables, prose: '全年共收到政府信息公开申请13件。' }));
    expect(findings.map((f) => `${f.outcome} ${f.expected} ${f.found}`)).toEqual(['warn 10 13']);
    expect(findings[0]!.zh.message).toBe('正文称收到申请 13 件，表三本年新收总计为 10，加上年结转为 12，均不一致');
  });
});
