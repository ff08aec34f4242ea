// report.sections: the six headings as the seeds print them (seed 000); seed 002 has no 四 heading.
import { describe, expect, it } from 'vitest';
import { reportSections as rule } from '@/src/check/rules/report-sections';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

const SIX = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

describe('report.sections: the six sections are there', () => {
  it('passes with the six headings, whatever the wording of 五 ("…和改进情况")', () => expectPasses(rule, proseReport({ prose: SIX.join('\n').replace('及改进', '和改进') })));

  it('fails (warn) naming what is missing (seed 002: no 四 heading)', () => {
    const findings = expectFails(rule, proseReport({ prose: SIX.filter((h) => !h.startsWith('四')).join('\n') }));
    expect(findings[0]!.zh.message).toBe('报告缺少“四、政府信息公开行政复议、行政诉讼情况”部分（年报格式规定六个部分）');
  });

  it('does not look for sections on a page whose report is an attachment', () => {
    expect(rule.evaluate({ ...proseReport({ prose: '附件：某县教育局2023年政府信息公开工作年度报告.pdf' }), status: 'no-html-tables' }, { options: { blanksAsZero: false }, previousYear: null })).toEqual([]);
  });
});
