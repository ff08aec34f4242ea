// The report-level rules on real wording: six sections, the 信息处理费 statement, last year's 整改, publication
// date and statistics year, and table 三 copied from last year. Each with a report that passes and one that does not.
import { describe, expect, it } from 'vitest';
import { publishDate, publishDeadline } from '@/src/check/prose/published';
import { crossYearCopied } from '@/src/check/rules/cross-year-copied';
import { reportFeeStatement } from '@/src/check/rules/report-fee-statement';
import { reportImprovements } from '@/src/check/rules/report-improvements';
import { reportPublishedOnTime } from '@/src/check/rules/report-published-on-time';
import { reportSections } from '@/src/check/rules/report-sections';
import { reportStatisticsYear } from '@/src/check/rules/report-statistics-year';
import type { CheckOptions, Rule } from '@/src/check/types';
import { formatMessage } from '@/src/i18n/messages';
import { labelKey } from '@/src/text/normalize';
import { lastYearJson, proseReport, type ReportSpec } from './prose-report';

const run = (rule: Rule, spec: ReportSpec, options: CheckOptions = { blanksAsZero: false }) => rule.evaluate(proseReport({ year: 2023, ...spec }), options);
const outcome = (rule: Rule, spec: ReportSpec, options?: CheckOptions) => run(rule, spec, options).map((e) => e.outcome);

// Headings as the seeds print them (seed 000); seed 002 has no 四 heading and a 六 that says only "无".
const SIX = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

describe('report.sections', () => {
  it('passes with the six headings, whatever the wording of 五 ("…和改进情况")', () => {
    expect(outcome(reportSections, { prose: SIX.join('\n').replace('及改进', '和改进') })).toEqual(['pass']);
  });
  it('names what is missing (seed 002: no 四 heading)', () => {
    const [finding] = run(reportSections, { prose: SIX.filter((h) => !h.startsWith('四')).join('\n') });
    expect(finding!.outcome).toBe('warn');
    expect(formatMessage('zh-CN', finding!.key, finding!.data)).toBe('报告缺少“四、政府信息公开行政复议、行政诉讼情况”部分（年报格式规定六个部分）');
  });
  it('does not look for sections on a page whose report is an attachment', () => {
    expect(reportSections.evaluate({ ...proseReport({ prose: '附件：某县教育局2023年政府信息公开工作年度报告.pdf' }), status: 'no-html-tables' }, { blanksAsZero: false })).toEqual([]);
  });
});

describe('report.fee-statement', () => {
  it('passes on "本年度未收取政府信息公开信息处理费" (seed 000) and on a fee in 元 (淮安市 2024)', () => {
    expect(outcome(reportFeeStatement, { prose: '六、其他需要报告的事项\n本年度未收取政府信息公开信息处理费。' })).toEqual(['pass']);
    expect(outcome(reportFeeStatement, { prose: '六、其他需要报告的事项\n2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。' })).toEqual(['pass']);
  });
  it('warns when 六 says only "无" (seed 002)', () => {
    expect(outcome(reportFeeStatement, { prose: '五、存在的主要问题及改进情况\n一是公开信息形式还不够灵活多样。\n六、其他需要报告的事项\n无' })).toEqual(['warn']);
  });
  it('is not asked of reports before the fee measures (2019)', () => {
    expect(outcome(reportFeeStatement, { prose: '六、其他需要报告的事项\n无', year: 2019 })).toEqual([]);
  });
});

describe('report.improvements', () => {
  it('asks for a look when 五 lists only this year\'s problems and plans (seed 000)', () => {
    const prose = '五、存在的主要问题及改进情况\n2023年,我县政府信息公开工作总体推进情况良好,但仍存在主动发布信息还不够精准等问题。下一步,我县将从以下方面进行整改提升。\n六、其他需要报告的事项';
    expect(outcome(reportImprovements, { prose })).toEqual(['review']);
  });
  it('passes when it reports on last year\'s problems (constructed wording)', () => {
    const prose = '五、存在的主要问题及改进情况\n针对上年度报告中指出的政策解读形式单一的问题，今年已完成整改。\n六、其他需要报告的事项';
    expect(outcome(reportImprovements, { prose })).toEqual(['pass']);
  });
});

describe('publication date', () => {
  it('is read from the meta, "发布日期：" (seed 001) or "日期:" (seed 002), never from 成文日期', () => {
    expect(publishDate('2024-01-30 10:12', '')).toEqual({ year: 2024, month: 1, day: 30 });
    expect(publishDate(null, labelKey('索引号：11654021010425476A/2024-00012 发布机构：伊宁县人民政府办公室 发布日期：\t2024-01-26'))).toEqual({ year: 2024, month: 1, day: 26 });
    expect(publishDate(null, labelKey('日期: 2022-02-10 浏览量:426 来源:太平区人民政府办公室'))).toEqual({ year: 2022, month: 2, day: 10 });
    expect(publishDate(null, labelKey('成文日期：2024年01月15日'))).toBeNull();
  });
  it('deadlines: a department 31 January, a government (and its 办公室, which may publish for it) 31 March', () => {
    expect(publishDeadline('某县教育局', 2023)).toEqual({ year: 2024, month: 1, day: 31 });
    expect(publishDeadline('勉县人民政府', 2023)).toEqual({ year: 2024, month: 3, day: 31 });
    expect(publishDeadline('太平区人民政府办公室', 2021)).toEqual({ year: 2022, month: 3, day: 31 });
  });
});

describe('report.published-on-time', () => {
  it('passes seed 001 (伊宁县人民政府, 2024-01-26) and a government on 31 March', () => {
    expect(outcome(reportPublishedOnTime, { prose: '发布日期：2024-01-26', agency: '伊宁县人民政府' })).toEqual(['pass']);
    expect(outcome(reportPublishedOnTime, { prose: '发布日期：2024-03-31', agency: '伊宁县人民政府' })).toEqual(['pass']);
  });
  it('warns on a department after 31 January', () => {
    const [finding] = run(reportPublishedOnTime, { prose: '发布时间：2024-02-20 09:30', agency: '某县教育局' });
    expect(finding!.outcome).toBe('warn');
    expect(formatMessage('zh-CN', finding!.key, finding!.data)).toBe('发布日期 2024-02-20 晚于政府部门年报的公布期限 2024-01-31（条例第四十九条）');
  });
  it('says nothing without a date', () => {
    expect(outcome(reportPublishedOnTime, { prose: '一、总体情况' })).toEqual([]);
  });
});

describe('report.statistics-year', () => {
  it('passes a 2023 report published in 2024 (seed 000: PubDate 2024-01-30)', () => {
    expect(reportStatisticsYear.evaluate({ ...proseReport({ prose: '', year: 2023 }), published: '2024-01-30 10:12' }, { blanksAsZero: false }).map((e) => e.outcome)).toEqual(['pass']);
  });
  it('warns on a 2023 report dated in 2023', () => {
    expect(run(reportStatisticsYear, { prose: '发布日期：2023-12-28' })).toMatchObject([{ outcome: 'warn', expected: 2022, found: 2023 }]);
  });
});

describe('crossYear.copied', () => {
  const tables = { newReceived: [3, 1, 0, 0, 0, 0, 4], granted: [3, 1, 0, 0, 0, 0, 4], totalHandled: [3, 1, 0, 0, 0, 0, 4] };
  it('warns when table 三 equals last year\'s in every cell', () => {
    const [finding] = run(crossYearCopied, { prose: '', applications: tables }, { blanksAsZero: false, previousYear: lastYearJson(2022, tables) });
    // 25 rows of the 2021 layout × 7 columns.
    expect(finding!.outcome).toBe('warn');
    expect(formatMessage('zh-CN', finding!.key, finding!.data)).toBe('表三与 2022 年报告的全部 175 格完全相同，可能照搬了上年数据');
  });
  it('passes when one cell differs, and says nothing about two years of zeros', () => {
    const changed = { ...tables, granted: [2, 1, 0, 0, 0, 0, 3], 'unavailable.notHeld': [1, 0, 0, 0, 0, 0, 1] };
    expect(outcome(crossYearCopied, { prose: '', applications: changed }, { blanksAsZero: false, previousYear: lastYearJson(2022, tables) })).toEqual(['pass']);
    expect(outcome(crossYearCopied, { prose: '' }, { blanksAsZero: false, previousYear: lastYearJson(2022, {}) })).toEqual([]);
  });
});
