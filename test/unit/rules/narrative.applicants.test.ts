// narrative.applicants: the parts follow the reading their total takes (the 749 = 713 + 36), seed 004.
import { describe, expect, it } from 'vitest';
import { narrativeApplicants as rule } from '@/src/check/rules/narrative-applicants';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

describe('narrative.applicants: applicant types against row 一, as their total is read', () => {
  const applications = { newReceived: [706, 7, 0, 0, 0, 0, 713], carriedOver: [35, 1, 0, 0, 0, 0, 36] };
  it('passes: total, 自然人 741 = 706 + 35 and organisations 8 = 7 + 1 are all new + carried over', () => {
    expectPasses(rule, proseReport({ prose: '受理政府信息公开申请749件，其中自然人申请741件，法人或其他组织申请8件。', applications }));
  });

  it('fails (warn): a total of new requests only (713) holds its parts to the new row', () => {
    const findings = expectFails(rule, proseReport({ prose: '受理政府信息公开申请713件，其中自然人申请741件，法人或其他组织申请8件。', applications }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['naturalPerson warn 706 741', 'organisations warn 7 8']);
  });

  it('fails (warn): seed 004 — 新收到自然人…申请4件 against 3 自然人 + 1 商业企业', () => {
    const seed = '2024年度,区政府办新收到自然人提交的信息公开申请4件,其中3件依法依规答复公开,1件属不掌握相关政府信息原因无法提供,已按规定向申请人作出说明。';
    const findings = expectFails(rule, proseReport({ prose: seed, agency: '渭滨区人民政府办公室', applications: { newReceived: [3, 1, 0, 0, 0, 0, 4] } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['naturalPerson warn 3 4']);
    // The quote stops at 60 characters.
    expect(findings[0]!.zh.message).toBe('正文「2024年度,区政府办新收到自然人提交的信息公开申请4件,其中3件依法依规答复公开,1件属不掌握相关政府信息原因无法提供…」：自然人申请 4 件，表中为本年新收 3，不一致');
    expect(findings[0]!.sentence).toEqual({ start: 0, end: seed.length });
  });
});
