// narrative.review-litigation: counts and their outcomes (淮安市 2024), "none" (seed 000), "nothing corrected" (the issue).
import { describe, expect, it } from 'vitest';
import { narrativeReviewLitigation as rule } from '@/src/check/rules/narrative-review-litigation';
import { proseReport } from '../prose-report';
import { expectFails, expectPasses } from './report';

const huaian = '政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。';
const huaianTable = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20];

describe('narrative.review-litigation: table 四 as the text states it', () => {
  it('passes: 淮安市 2024 (诉讼 46 = 26 + 20; 维持 25 = 13 + 12 …)', () => expectPasses(rule, proseReport({ prose: huaian, review: huaianTable })));

  it('fails (warn): 结果纠正 64 claimed, 60 in the table', () => {
    const findings = expectFails(rule, proseReport({ prose: huaian, review: [76, 60, ...huaianTable.slice(2)] }));
    expect(findings.map((f) => `${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual(['review.upheld warn 76 72', 'review.corrected warn 60 64']);
  });

  it('"全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形" is about 结果纠正 only', () => {
    const prose = '全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。';
    expectPasses(rule, proseReport({ prose, review: [2, 0, 1, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0] }));
    const findings = expectFails(rule, proseReport({ prose, review: [2, 1, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }));
    expect(findings[0]!.zh.message).toBe('正文「全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形」称没有被纠错或败诉，但表四行政复议（结果纠正）不为 0');
  });

  it('"未引起行政复议和行政诉讼情形" (seed 000) means all three totals are 0', () => {
    const seed = '全年共收到政府信息公开申请10件,其中9件为网上申请,1件为书面申请,均严格按照相关规定在法定期限内依法办结,未引起行政复议和行政诉讼情形。';
    expectPasses(rule, proseReport({ prose: seed }));
    expect(expectFails(rule, proseReport({ prose: seed, review: [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0] })).map((f) => `${f.scope} ${f.outcome}`)).toEqual(['none warn']);
  });
});
