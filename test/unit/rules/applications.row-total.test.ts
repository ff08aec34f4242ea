import { describe, expect, it } from 'vitest';
import { applicationsRowTotal as rule } from '@/src/check/rules/applications-row-total';
import { expectFails, expectPasses, reportOf } from './report';

describe('applications.row-total: 总计 = 自然人 + the five organisation columns, on every row', () => {
  it('passes: 3 + 1 = 4', () => expectPasses(rule, reportOf({ applications: { newReceived: { naturalPerson: 3, commercial: 1, total: 4 } } })));

  it('fails: 3 + 1 ≠ 5 on 一、本年新收', () => {
    const findings = expectFails(rule, reportOf({ applications: { newReceived: { naturalPerson: 3, commercial: 1, total: 5 } } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['newReceived fail 4 5']);
    expect(findings[0]!.zh.message).toBe('一、本年新收（总计）应为 4（= 自然人 3 + 商业企业 1），实为 5，相差 1');
  });

  it('checks the single （六）其他处理 row of the 2019 layout', () => {
    const findings = expectFails(rule, reportOf({ applicationsLayout: '2019', applications: { 'other.all': { research: 2, total: 1 } } }));
    expect(findings.map((f) => `${f.scope} ${f.expected} ${f.found}`)).toEqual(['other.all 2 1']);
  });
});
