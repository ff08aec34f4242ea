// report.improvements: seed 000's 五 lists this year's problems and plans only; none of the real reports at hand
// reports on last year's, so the passing wording is constructed.
import { describe, expect, it } from 'vitest';
import { reportImprovements as rule } from '@/src/check/rules/report-improvements';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

describe('report.improvements: section 五 reports how last year\'s problems were fixed', () => {
  it('passes when it does (constructed wording)', () => {
    expectPasses(rule, proseReport({ prose: '五、存在的主要问题及改进情况\n针对上年度报告中指出的政策解读形式单一的问题，今年已完成整改。\n六、其他需要报告的事项' }));
  });

  it('asks for a look (review) when 五 lists only this year\'s problems and plans (seed 000)', () => {
    const prose = '五、存在的主要问题及改进情况\n2023年,我县政府信息公开工作总体推进情况良好,但仍存在主动发布信息还不够精准等问题。下一步,我县将从以下方面进行整改提升。\n六、其他需要报告的事项';
    expect(expectFails(rule, proseReport({ prose })).map((f) => f.outcome)).toEqual(['review']);
  });
});
