import { describe, expect, it } from 'vitest';
import { narrativeApplicants as rule } from '@/src/check/rules/narrative-applicants';
import { expectFails, expectPasses, reportOf } from './report';

// 表三 一、本年新收: 3 自然人, 1 商业企业.
const tables = { applications: { newReceived: { naturalPerson: 3, commercial: 1, total: 4 } } };

describe('narrative.applicants: "自然人 p 件", "法人或其他组织 q 件" against 一、本年新收', () => {
  it('passes: "其中自然人3件，法人或其他组织1件"', () => expectPasses(rule, reportOf({ ...tables, prose: '其中自然人3件，法人或其他组织1件。' })));

  it('fails (warn): seed 004 "新收到自然人提交的信息公开申请4件" beside 3 自然人', () => {
    const findings = expectFails(rule, reportOf({ ...tables, prose: '新收到自然人提交的信息公开申请4件。' }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['naturalPerson warn 3 4']);
    expect(findings[0]!.zh.message).toBe('正文称自然人申请 4 件，表三本年新收中为 3 件');
  });
});
