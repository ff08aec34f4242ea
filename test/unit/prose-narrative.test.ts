// The narrative.* rules on real report wording: each pattern of issue 14 with a table it fits (pass) and one it does
// not (warn), the expected values worked out by hand from the sentence.
import { describe, expect, it } from 'vitest';
import { runRules } from '@/src/check/engine';
import {
  narrativeApplicants,
  narrativeHandled,
  narrativePercentage,
  narrativeReceived,
  narrativeResultGroups,
  narrativeReviewLitigation,
} from '@/src/check/rules/narrative';
import type { Rule } from '@/src/check/types';
import { formatMessage } from '@/src/i18n/messages';
import { proseReport, type ReportSpec } from './prose-report';

const outcomes = (rule: Rule, spec: ReportSpec) => rule.evaluate(proseReport(spec), { blanksAsZero: false }).map((e) => `${e.scope} ${e.outcome}`);

describe('pattern 1: the parts follow the reading their total takes', () => {
  const prose = '受理政府信息公开申请749件，其中自然人申请741件，法人或其他组织申请8件。';
  // 749 = 新收 713 + 上年结转 36; 自然人 706 + 35 = 741; organisations 7 + 1 = 8.
  const applications = { newReceived: [706, 7, 0, 0, 0, 0, 713], carriedOver: [35, 1, 0, 0, 0, 0, 36] };

  it('passes when total and parts are all new + carried over', () => {
    expect(outcomes(narrativeReceived, { prose, applications })).toEqual(['received pass']);
    expect(outcomes(narrativeApplicants, { prose, applications })).toEqual(['naturalPerson pass', 'organisations pass']);
  });

  it('holds the parts to the total\'s reading: a total of new requests only makes 741 wrong', () => {
    const newOnly = '受理政府信息公开申请713件，其中自然人申请741件，法人或其他组织申请8件。';
    expect(outcomes(narrativeApplicants, { prose: newOnly, applications })).toEqual(['naturalPerson warn', 'organisations warn']);
  });

  it('seed 004: 新收到自然人…申请4件 against 3 自然人 + 1 商业企业 warns with the sentence quoted', () => {
    const seed = '2024年度,区政府办新收到自然人提交的信息公开申请4件,其中3件依法依规答复公开,1件属不掌握相关政府信息原因无法提供,已按规定向申请人作出说明。';
    const report = proseReport({ prose: seed, agency: '渭滨区人民政府办公室', applications: { newReceived: [3, 1, 0, 0, 0, 0, 4], 'unavailable.notHeld': [1, 0, 0, 0, 0, 0, 1] } });
    const [finding] = narrativeApplicants.evaluate(report, { blanksAsZero: false });
    expect(finding).toMatchObject({ scope: 'naturalPerson', outcome: 'warn', expected: 3, found: 4 });
    expect(formatMessage('zh-CN', finding!.key, finding!.data)).toBe(
      // The quote stops at 60 characters.
      '正文「2024年度,区政府办新收到自然人提交的信息公开申请4件,其中3件依法依规答复公开,1件属不掌握相关政府信息原因无法提供…」：自然人申请 4 件，表中为本年新收 3，不一致',
    );
    expect(finding!.sentence).toEqual({ start: 0, end: seed.length });
  });
});

describe('pattern 2: result groups; 答复 inside a group phrase is not the handled total', () => {
  const prose = '本年度共收到政府信息公开申请15件。同意公开答复9件，部分公开答复0件，不予公开答复2件。';
  const applications = { newReceived: [15, 0, 0, 0, 0, 0, 15], granted: [9, 0, 0, 0, 0, 0, 9], 'withheld.processInfo': [2, 0, 0, 0, 0, 0, 2], 'unavailable.notHeld': [4, 0, 0, 0, 0, 0, 4], totalHandled: [15, 0, 0, 0, 0, 0, 15] };
  it('compares each group and never reads 9 as the handled total', () => {
    expect(outcomes(narrativeResultGroups, { prose, applications })).toEqual(['granted pass', 'partiallyGranted pass', 'withheld pass']);
    expect(outcomes(narrativeHandled, { prose, applications })).toEqual([]);
  });
  it('warns when a group differs', () => {
    expect(outcomes(narrativeResultGroups, { prose, applications: { ...applications, granted: [8, 0, 0, 0, 0, 0, 8] } })).toEqual(['granted warn', 'partiallyGranted pass', 'withheld pass']);
  });
});

describe('pattern 3 and 6: combined groups and the share beside them', () => {
  // The "予以公开及部分公开208件（17.46%）"; the total 1191 is chosen so that 208 / 1191 = 17.46%.
  const prose = '全年共受理政府信息公开申请1191件，其中予以公开及部分公开208件（17.46%）。';
  const applications = { newReceived: [1191, 0, 0, 0, 0, 0, 1191], granted: [200, 0, 0, 0, 0, 0, 200], partiallyGranted: [8, 0, 0, 0, 0, 0, 8] };
  it('compares the sum of the groups named, and the share against the sentence\'s total', () => {
    expect(outcomes(narrativeResultGroups, { prose, applications })).toEqual(['granted+partiallyGranted pass']);
    expect(outcomes(narrativePercentage, { prose, applications })).toEqual(['208(17.46%) pass']);
  });
  it('warns on a share no base gives (17.64%), naming the share it should be', () => {
    const report = proseReport({ prose: prose.replace('17.46', '17.64'), applications });
    const [finding] = narrativePercentage.evaluate(report, { blanksAsZero: false });
    expect(finding!.outcome).toBe('warn');
    expect(formatMessage('zh-CN', finding!.key, finding!.data)).toBe('正文「全年共受理政府信息公开申请1191件，其中予以公开及部分公开208件（17.64%）」：208 件写作 17.64%，按基数 1191 计算应为 17.46%');
  });
  it('warns when the groups\' sum differs', () => {
    expect(outcomes(narrativeResultGroups, { prose, applications: { ...applications, partiallyGranted: [9, 0, 0, 0, 0, 0, 9] } })).toEqual(['granted+partiallyGranted warn']);
  });
});

describe('pattern 4: nothing corrected or lost is not "no review at all"', () => {
  const prose = '全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。';
  it('passes with reviews whose 结果纠正 is 0', () => {
    expect(outcomes(narrativeReviewLitigation, { prose, review: [2, 0, 1, 0, 3, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0] })).toEqual(['none pass']);
  });
  it('warns when a review was corrected', () => {
    expect(outcomes(narrativeReviewLitigation, { prose, review: [2, 1, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] })).toEqual(['none warn']);
  });
  it('"未引起行政复议和行政诉讼情形" (seed 000) still means all three totals are 0', () => {
    const seed = '全年共收到政府信息公开申请10件,其中9件为网上申请,1件为书面申请,均严格按照相关规定在法定期限内依法办结,未引起行政复议和行政诉讼情形。';
    expect(outcomes(narrativeReviewLitigation, { prose: seed })).toEqual(['none pass']);
    expect(outcomes(narrativeReviewLitigation, { prose: seed, review: [0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0] })).toEqual(['none warn']);
  });
});

describe('pattern 5: parts of the reporting agency', () => {
  it('洪泽区 2024: only the 区政府办\'s count, in a 区人民政府 report, is a softer finding that says so', () => {
    const prose = '2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。';
    const report = proseReport({ prose, agency: '淮安市洪泽区人民政府', applications: { newReceived: [95, 0, 0, 0, 0, 0, 95] } });
    const [finding] = narrativeReceived.evaluate(report, { blanksAsZero: false });
    expect(finding).toMatchObject({ scope: 'received', outcome: 'review', expected: 95, found: 17, key: 'narrative.partOfAgency' });
    expect(formatMessage('zh-CN', finding!.key, finding!.data)).toBe(
      '正文只给出政府办的收到申请数 17 件（「2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复」），表中为整个机关的本年新收 95、新收 + 上年结转 95，请核实口径',
    );
  });
  it('the whole given (全市…3607件) is compared, its parts in brackets are not', () => {
    const prose = '全市共收办政府信息公开申请3607件（市政府349件、市各有关部门933件）。';
    expect(outcomes(narrativeReceived, { prose, agency: '某市人民政府', applications: { newReceived: [3607, 0, 0, 0, 0, 0, 3607] } })).toEqual(['received pass']);
    expect(outcomes(narrativeReceived, { prose, agency: '某市人民政府', applications: { newReceived: [3600, 0, 0, 0, 0, 0, 3600] } })).toEqual(['received warn']);
  });
});

describe('淮安市 2024: every count of its 依申请公开 paragraph holds', () => {
  const prose =
    '2024年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复），均在法定期限内予以答复。政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。';
  const spec: ReportSpec = {
    prose,
    agency: '淮安市人民政府',
    applications: { newReceived: [3001, 53, 0, 0, 61, 4, 3119], carriedOver: [34, 0, 0, 0, 0, 0, 34], totalHandled: [2932, 53, 0, 0, 61, 4, 3050], carriedForward: [103, 0, 0, 0, 0, 0, 103] },
    review: [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20],
  };
  it('passes every claim', () => {
    const { findings, summary } = runRules(proseReport(spec));
    expect(findings.filter((f) => f.rule.startsWith('narrative.'))).toEqual([]);
    expect(summary.pass).toBeGreaterThanOrEqual(14);
  });
  it('catches a carried-forward count the table does not hold', () => {
    expect(outcomes(narrativeHandled, { ...spec, applications: { ...spec.applications, carriedForward: [100, 0, 0, 0, 0, 0, 100] } })).toEqual(['handled pass', 'carriedOver pass', 'carriedForward warn']);
  });
});
