// narrative.received on real wording: "受理…749件" (the issue), 淮安市 2024's 全市 total, 洪泽区 2024's 区政府办 count.
import { describe, expect, it } from 'vitest';
import { narrativeReceived as rule } from '@/src/check/rules/narrative-received';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

describe('narrative.received: a count of requests received fits a reading of table 三', () => {
  const applications = { newReceived: [706, 7, 0, 0, 0, 0, 713], carriedOver: [35, 1, 0, 0, 0, 0, 36] };
  it('passes: 749 = 新收 713 + 上年结转 36, and 713 = 新收', () => {
    expectPasses(rule, proseReport({ prose: '受理政府信息公开申请749件，其中自然人申请741件，法人或其他组织申请8件。', applications }));
    expectPasses(rule, proseReport({ prose: '全年共受理政府信息公开申请713件。', applications }));
  });

  it('fails (warn): 750 is neither, and the message quotes the sentence', () => {
    const findings = expectFails(rule, proseReport({ prose: '全年共受理政府信息公开申请750件。', applications }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['received warn 713 750']);
    expect(findings[0]!.zh.message).toBe('正文「全年共受理政府信息公开申请750件」：收到申请 750 件，表中为本年新收 713、新收 + 上年结转 749，均不一致');
    // 全年共受理(5) 政府信息公开申请(8) 750(3) 件(1) 。(1): the sentence with its end mark.
    expect(findings[0]!.sentence).toEqual({ start: 0, end: 18 });
  });

  it('the whole given (全市…3607件) is compared, its parts in brackets are not', () => {
    const prose = '全市共收办政府信息公开申请3607件（市政府349件、市各有关部门933件）。';
    expectPasses(rule, proseReport({ prose, agency: '某市人民政府', applications: { newReceived: [3607, 0, 0, 0, 0, 0, 3607] } }));
    expectFails(rule, proseReport({ prose, agency: '某市人民政府', applications: { newReceived: [3600, 0, 0, 0, 0, 0, 3600] } }));
  });

  it('洪泽区 2024: only the 区政府办\'s count, in a 区人民政府 report, is a review that says so', () => {
    const prose = '2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。';
    const findings = expectFails(rule, proseReport({ prose, agency: '淮安市洪泽区人民政府', applications: { newReceived: [95, 0, 0, 0, 0, 0, 95] } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['received review 95 17']);
    expect(findings[0]!.zh.message).toBe(
      '正文只给出政府办的收到申请数 17 件（「2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复」），表中为整个机关的本年新收 95、新收 + 上年结转 95，请核实口径',
    );
  });
});
