// narrative.handled on 淮安市 2024's wording: 答复 3050 (含上年度结转 34, 另有 103 顺延到下年度).
import { describe, expect, it } from 'vitest';
import { narrativeHandled as rule } from '@/src/check/rules/narrative-handled';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

const prose = '2024年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复），均在法定期限内予以答复。';
const applications = { newReceived: [3001, 53, 0, 0, 61, 4, 3119], carriedOver: [34, 0, 0, 0, 0, 0, 34], totalHandled: [2932, 53, 0, 0, 61, 4, 3050], carriedForward: [103, 0, 0, 0, 0, 0, 103] };

describe('narrative.handled: answered = （七）总计, 含上年结转 = 二, 顺延到下年度 = 四', () => {
  it('passes: 淮安市 2024, every count holds', () => expectPasses(rule, proseReport({ prose, agency: '淮安市人民政府', applications })));

  it('fails (warn): a carried-forward count the table does not hold', () => {
    const findings = expectFails(rule, proseReport({ prose, agency: '淮安市人民政府', applications: { ...applications, carriedForward: [100, 0, 0, 0, 0, 0, 100] } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['carriedForward warn 100 103']);
  });

  it('never reads "同意公开答复9件" as the handled total', () => {
    const groups = '本年度共收到政府信息公开申请15件。同意公开答复9件，部分公开答复0件，不予公开答复2件。';
    expect(rule.evaluate(proseReport({ prose: groups, applications: { totalHandled: [15, 0, 0, 0, 0, 0, 15] } }), { options: { blanksAsZero: false }, previousYear: null })).toEqual([]);
  });
});
