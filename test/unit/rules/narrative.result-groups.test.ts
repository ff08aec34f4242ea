import { describe, expect, it } from 'vitest';
import { narrativeResultGroups as rule } from '@/src/check/rules/narrative-result-groups';
import { expectFails, expectPasses, reportOf } from './report';

// 表三 总计 column: 予以公开 5; 不予公开 1 (国家秘密) + 1 (过程性信息) = 2.
const tables = { applications: { granted: { total: 5 }, 'withheld.stateSecret': { total: 1 }, 'withheld.processInfo': { total: 1 } } };

describe('narrative.result-groups: "予以公开 a 件、不予公开 c 件…" against the group sums', () => {
  it('passes: "予以公开5件，不予公开2件"', () => expectPasses(rule, reportOf({ ...tables, prose: '予以公开5件，不予公开2件。' })));

  it('fails (warn): "不予公开3件"', () => {
    const findings = expectFails(rule, reportOf({ ...tables, prose: '予以公开5件，不予公开3件。' }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['不予公开 warn 2 3']);
    expect(findings[0]!.zh.message).toBe('正文称不予公开 3 件，表三该类合计为 2');
  });
});
