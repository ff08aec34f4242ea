// narrative.percentage: "予以公开及部分公开208件（17.46%）" (the issue); the total 1191 is chosen so that 208 / 1191 = 17.46%.
import { describe, expect, it } from 'vitest';
import { narrativePercentage as rule } from '@/src/check/rules/narrative-percentage';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

const prose = '全年共受理政府信息公开申请1191件，其中予以公开及部分公开208件（17.46%）。';
const applications = { newReceived: [1191, 0, 0, 0, 0, 0, 1191], granted: [200, 0, 0, 0, 0, 0, 200], partiallyGranted: [8, 0, 0, 0, 0, 0, 8] };

describe('narrative.percentage: a share beside a count fits the count and a base', () => {
  it('passes: 208 of 1191 is 17.46%', () => expectPasses(rule, proseReport({ prose, applications })));

  it('fails (warn): 17.64%, naming the share it should be', () => {
    const findings = expectFails(rule, proseReport({ prose: prose.replace('17.46', '17.64'), applications }));
    expect(findings[0]!.zh.message).toBe('正文「全年共受理政府信息公开申请1191件，其中予以公开及部分公开208件（17.64%）」：208 件写作 17.64%，按基数 1191 计算应为 17.46%');
  });
});
