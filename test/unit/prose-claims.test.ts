// Sentences and claims read from real report wording (seeds in ../shared/seeds, the 淮安 PDFs, the issue's quotes).
import { describe, expect, it } from 'vitest';
import { claimsOf, noneClaimOf, proseClaims } from '@/src/check/prose/claims';
import { splitSentences } from '@/src/check/prose/sentences';

const claimsIn = (text: string) =>
  proseClaims(splitSentences(text)).claims.map((claim) => ({
    kind: claim.category.kind,
    ...('applicant' in claim.category ? { applicant: claim.category.applicant } : {}),
    ...('groups' in claim.category ? { groups: claim.category.groups } : {}),
    ...('column' in claim.category ? { column: claim.category.column, of: claim.category.of } : {}),
    count: claim.count,
    subject: claim.subject,
    part: claim.partOf?.count ?? null,
  }));

describe('sentences', () => {
  it('end at 。；！？ and at line breaks, with offsets into the prose', () => {
    // seed 000, 六: a heading without an end mark, then its sentence.
    const prose = '六、其他需要报告的事项\n  本年度未收取政府信息公开信息处理费。下一句；';
    const sentences = splitSentences(prose);
    expect(sentences.map((s) => s.text)).toEqual(['六、其他需要报告的事项', '本年度未收取政府信息公开信息处理费。', '下一句；']);
    expect(sentences.map((s) => prose.slice(s.start, s.end))).toEqual(['六、其他需要报告的事项', '本年度未收取政府信息公开信息处理费。', '下一句；']);
  });

  it('keep the whitespace-free key claims are read from (seed 003: "2023 年共收到依申请公开 121 件")', () => {
    expect(splitSentences('2023 年共收到依申请公开 121 件，产生行政复议 6 件、行政诉讼 0 件。')[0]!.key).toBe('2023年共收到依申请公开121件,产生行政复议6件、行政诉讼0件。');
  });
});

describe('claims', () => {
  it('a total and its applicant parts after 其中 (the issue: 749 = 新收 713 + 上年结转 36)', () => {
    expect(claimsIn('受理政府信息公开申请749件，其中自然人申请741件，法人或其他组织申请8件。')).toEqual([
      { kind: 'received', count: 749, subject: 'agency', part: null },
      { kind: 'applicant', applicant: 'naturalPerson', count: 741, subject: 'agency', part: 749 },
      { kind: 'applicant', applicant: 'organisations', count: 8, subject: 'agency', part: 749 },
    ]);
  });

  it('"答复" inside a result-group phrase is that group, not the handled total', () => {
    // The issue's wording follows a sentence about the requests received.
    expect(claimsIn('本年度共收到政府信息公开申请11件。同意公开答复9件，部分公开答复0件，不予公开答复2件。').slice(1)).toEqual([
      { kind: 'resultGroups', groups: ['granted'], count: 9, subject: 'agency', part: null },
      { kind: 'resultGroups', groups: ['partiallyGranted'], count: 0, subject: 'agency', part: null },
      { kind: 'resultGroups', groups: ['withheld'], count: 2, subject: 'agency', part: null },
    ]);
  });

  it('combined groups (予以公开及部分公开) with the share printed beside the count', () => {
    const [claim] = claimsOf(splitSentences('予以公开及部分公开208件（17.46%）。')[0]!, true);
    expect(claim!.category).toEqual({ kind: 'resultGroups', groups: ['granted', 'partiallyGranted'] });
    expect(claim!.percent).toEqual({ value: 17.46, decimals: 2 });
  });

  it('answered, carried over (含) and carried forward (另有…顺延到下年度) — 淮安市 2024', () => {
    expect(claimsIn('2024年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复），均在法定期限内予以答复。')).toEqual([
      { kind: 'received', count: 3119, subject: 'whole', part: null },
      { kind: 'handled', count: 3050, subject: 'whole', part: null },
      { kind: 'carriedOver', count: 34, subject: 'whole', part: 3050 },
      { kind: 'carriedForward', count: 103, subject: 'whole', part: 3050 },
    ]);
  });

  it('大理州 2023 words it the other way round: 结转上年, 办理完成, 结转2024年度继续办理', () => {
    // https://…/2023zsndbg/202403/t20240308_296345.html (大理白族自治州2023年政府信息公开工作年度报告).
    expect(claimsIn('全州共计受理办理政府信息公开申请354件。其中，2023年新收政府信息公开申请354件，结转上年政府信息公开申请0件，办理完成353件，结转2024年度继续办理1件。')).toEqual([
      { kind: 'received', count: 354, subject: 'whole', part: null },
      // "其中，…" opens a new sentence: its counts stand on their own, compared with the tables directly.
      { kind: 'received', count: 354, subject: 'agency', part: null },
      { kind: 'carriedOver', count: 0, subject: 'agency', part: null },
      { kind: 'handled', count: 353, subject: 'agency', part: null },
      { kind: 'carriedForward', count: 1, subject: 'agency', part: null },
    ]);
  });

  it('review and litigation outcomes after 其中 belong to their block — 淮安市 2024', () => {
    const text = '政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。';
    expect(claimsIn(text).map((c) => `${c.kind}${'column' in c ? `.${c.of}.${c.column}` : ''} ${c.count}`)).toEqual([
      'review 351', 'reviewOutcome.review.upheld 72', 'reviewOutcome.review.corrected 64', 'reviewOutcome.review.other 178', 'reviewOutcome.review.pending 37',
      'litigation 46', 'reviewOutcome.litigation.upheld 25', 'reviewOutcome.litigation.corrected 5', 'reviewOutcome.litigation.other 9', 'reviewOutcome.litigation.pending 7',
    ]);
  });

  it('subjects: the whole (全市), parts in brackets (市政府, 各有关部门), the 政府办 (洪泽区 2024)', () => {
    // The issue's 全市 sentence ("全市共收办…3607件（市政府349件、市各有关部门933件…）"), its elisions filled minimally.
    expect(claimsIn('全市共收办政府信息公开申请3607件（市政府349件、市各有关部门933件）。')).toEqual([{ kind: 'received', count: 3607, subject: 'whole', part: null }]);
    expect(claimsIn('2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。')).toEqual([{ kind: 'received', count: 17, subject: 'office', part: null }]);
  });

  it('seed 004: the count comes before its words ("1件属不掌握相关政府信息原因无法提供")', () => {
    const text = '2024年度,区政府办新收到自然人提交的信息公开申请4件,其中3件依法依规答复公开,1件属不掌握相关政府信息原因无法提供,已按规定向申请人作出说明。';
    expect(claimsIn(text)).toEqual([
      { kind: 'applicant', applicant: 'naturalPerson', count: 4, subject: 'office', part: null },
      { kind: 'resultGroups', groups: ['unavailable'], count: 1, subject: 'office', part: 4 },
    ]);
    expect(proseClaims(splitSentences(text)).claims[0]!.category).toMatchObject({ onlyNew: true });
  });

  it('counts in other units or about other things are not application counts', () => {
    // seed 001, 洪泽区 2024, 淮安市 2024, seed 000.
    expect(claimsIn('办理人大政协提案议案43件。办理县长信箱82件次，答复州长信箱31件次12345政务服务便民热线平台7817办结率100%。')).toEqual([]);
    expect(claimsIn('2024年，我区在政府网站平台主动发布各类政府信息2428条，公开政府常务会议7期，解读信息发布7条。')).toEqual([]);
    expect(claimsIn('2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。')).toEqual([]);
    expect(claimsIn('全年共收到政府信息公开申请10件,其中9件为网上申请,1件为书面申请。')).toEqual([{ kind: 'received', count: 10, subject: 'agency', part: null }]);
  });

  it('a change against last year is not a count; an approximate count is marked', () => {
    expect(claimsIn('共受理政府信息公开申请120件，同比增加36件。')).toEqual([{ kind: 'received', count: 120, subject: 'agency', part: null }]);
    expect(proseClaims(splitSentences('共受理政府信息公开申请100余件。')).claims[0]!.approximate).toBe(true);
  });

  it('a bare "办结9件" right after a sentence about 申请 is about requests', () => {
    expect(claimsIn('本年度共收到政府信息公开申请12件，其中予以公开6件。全年办结9件。').map((c) => c.kind)).toEqual(['received', 'resultGroups', 'handled']);
  });
});

describe('claims of none', () => {
  const none = (text: string) => noneClaimOf(splitSentences(text)[0]!);
  it('"未引起行政复议和行政诉讼情形" (seed 000) names both totals', () => {
    expect(none('均严格按照相关规定在法定期限内依法办结，未引起行政复议和行政诉讼情形。')).toMatchObject({ review: true, litigation: true, onlyCorrected: false });
  });
  it('"未发生…被行政复议纠错或行政诉讼败诉情形" is about 结果纠正 only', () => {
    expect(none('全年未发生因依申请公开被行政复议纠错或行政诉讼败诉情形。')).toMatchObject({ review: true, litigation: true, onlyCorrected: true });
  });
  it('"未发生因信息公开而产生的责任追究情况" (seed 003) is not about table 四', () => {
    expect(none('2023 年，我市未发生因信息公开而产生的责任追究情况。')).toBeNull();
  });
});
