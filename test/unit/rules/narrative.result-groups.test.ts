// narrative.result-groups: "同意公开答复9件" is a group, not the handled total; "予以公开及部分公开208件" a sum of groups.
import { describe, expect, it } from 'vitest';
import { narrativeResultGroups as rule } from '@/src/check/rules/narrative-result-groups';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

const prose = '本年度共收到政府信息公开申请15件。同意公开答复9件，部分公开答复0件，不予公开答复2件。';
const applications = { newReceived: [15, 0, 0, 0, 0, 0, 15], granted: [9, 0, 0, 0, 0, 0, 9], 'withheld.processInfo': [2, 0, 0, 0, 0, 0, 2], 'unavailable.notHeld': [4, 0, 0, 0, 0, 0, 4], totalHandled: [15, 0, 0, 0, 0, 0, 15] };

describe('narrative.result-groups: result groups against the group sums of table 三', () => {
  it('passes: 同意公开 9, 部分公开 0, 不予公开 2 (the sum of its eight rows)', () => expectPasses(rule, proseReport({ prose, applications })));

  it('fails (warn): 予以公开 8 in the table', () => {
    const findings = expectFails(rule, proseReport({ prose, applications: { ...applications, granted: [8, 0, 0, 0, 0, 0, 8] } }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['granted warn 8 9']);
  });

  it('compares "予以公开及部分公开208件" with the sum of both groups', () => {
    const combined = '全年共受理政府信息公开申请1191件，其中予以公开及部分公开208件（17.46%）。';
    const tables = { newReceived: [1191, 0, 0, 0, 0, 0, 1191], granted: [200, 0, 0, 0, 0, 0, 200], partiallyGranted: [8, 0, 0, 0, 0, 0, 8] };
    expectPasses(rule, proseReport({ prose: combined, applications: tables }));
    const findings = expectFails(rule, proseReport({ prose: combined, applications: { ...tables, partiallyGranted: [9, 0, 0, 0, 0, 0, 9] } }));
    expect(findings[0]!.zh.message).toBe('正文「全年共受理政府信息公开申请1191件，其中予以公开及部分公开208件（17.46%）」：予以公开及部分公开 208 件，表中为该类合计 209，不一致');
  });
});
