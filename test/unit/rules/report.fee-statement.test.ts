// report.fee-statement: section 六 on the 信息处理费 (seed 000, 淮安市 2024); seed 002's 六 says only "无".
import { describe, expect, it } from 'vitest';
import { reportFeeStatement as rule } from '@/src/check/rules/report-fee-statement';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

describe('report.fee-statement: section 六 says whether a 信息处理费 was charged', () => {
  it('passes on "本年度未收取政府信息公开信息处理费" and on a fee in 元', () => {
    expectPasses(rule, proseReport({ prose: '六、其他需要报告的事项\n本年度未收取政府信息公开信息处理费。' }));
    expectPasses(rule, proseReport({ prose: '六、其他需要报告的事项\n2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。', year: 2024 }));
  });

  it('fails (warn) when 六 says only "无" (seed 002)', () => {
    const findings = expectFails(rule, proseReport({ prose: '五、存在的主要问题及改进情况\n一是公开信息形式还不够灵活多样。\n六、其他需要报告的事项\n无', year: 2021 }));
    expect(findings[0]!.zh.message).toBe('“其他需要报告的事项”未说明是否收取信息处理费（国办函〔2020〕109号）');
  });

  it('is not asked of reports before the fee measures (2019)', () => {
    expect(rule.evaluate(proseReport({ prose: '六、其他需要报告的事项\n无', year: 2019 }), { options: { blanksAsZero: false }, previousYear: null })).toEqual([]);
  });
});
