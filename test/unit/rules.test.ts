import { describe, expect, it } from 'vitest';
import { runRules } from '@/src/check/engine';
import { RULES } from '@/src/check/rules';
import type { CheckOptions, Rule } from '@/src/check/types';
import { analyse } from '@/src/pipeline';
import weibin2023 from '../fixtures/cross-year/weibin-2023.json';
import { extractPage } from '@/src/extract/extract';
import { CATALOGUE, formatMessage } from '@/src/i18n/messages';
import { RULE_TITLES } from '@/src/i18n/titles';
import { APPLICANT_COLUMNS, REVIEW_BLOCKS, REVIEW_COLUMNS } from '@/src/model/keys';
import type { ParsedReport, ParsedValue } from '@/src/model/parsed';
import { parseReport } from '@/src/parse/parse';
import { exportedReport, fixtureDocument, fixtureNames, fixtureUrl } from './fixtures';
import { PROSE_CASES } from './prose-report';

const parse = (name: string) => parseReport(extractPage(fixtureDocument(name), fixtureUrl(name)).page);
const parsedFixtures: { name: string; report: ParsedReport; options: CheckOptions }[] = fixtureNames()
  .map((name) => ({ name, report: parse(name), options: { blanksAsZero: false } }))
  .filter((entry): entry is { name: string; report: ParsedReport; options: CheckOptions } => entry.report !== null);

// Cross-year pairs: 洪泽区 2023 → 2024 (real: carry 0 → 0, 规范性文件 5 + 3 − 0 = 8) and a constructed 渭滨区 2023 export.
export const CROSS_YEAR_PAIRS = [
  { name: 'hongze-2023 → hongze-2024', report: parse('hongze-2024')!, options: { blanksAsZero: false, previousYear: analyse(extractPage(fixtureDocument('hongze-2023')).page)!.json } },
  { name: 'weibin-2023 (export) → seed-004', report: parse('seed-004-weibin-2024')!, options: { blanksAsZero: false, previousYear: exportedReport(weibin2023 as never) } },
];
parsedFixtures.push(...CROSS_YEAR_PAIRS, ...PROSE_CASES);

describe('the rule registry', () => {
  it('has unique ids', () => expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length));

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s has a title and its messages in every locale', (_, rule) => {
    for (const locale of Object.keys(CATALOGUE) as (keyof typeof CATALOGUE)[]) {
      expect(RULE_TITLES[locale][rule.title], `${locale} title`).toMatch(/\S/);
      for (const key of rule.messages) expect(CATALOGUE[locale][key], `${locale} ${key}`).toBeTypeOf('function');
    }
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s passes on some fixture and fails on another', (_, rule: Rule) => {
    const outcomes = parsedFixtures.map(({ name, report, options }) => ({ name, outcomes: new Set(rule.evaluate(report, options).map((e) => e.outcome)) }));
    expect(outcomes.filter((f) => f.outcomes.has('pass')).map((f) => f.name), 'a passing fixture').not.toEqual([]);
    expect(outcomes.filter((f) => [...f.outcomes].some((o) => o !== 'pass')).map((f) => f.name), 'a failing fixture').not.toEqual([]);
    // Every emitted message key is declared by the rule.
    for (const { report, options } of parsedFixtures) for (const e of rule.evaluate(report, options)) if (e.outcome !== 'pass') expect(rule.messages).toContain(e.key);
  });
});

// A small hand-built report: only what the rules read.
const number = (value: number): ParsedValue => ({ value, status: 'number', cell: null });
const blank: ParsedValue = { value: null, status: 'blank', cell: null };
function reportWith(review: Record<string, ParsedValue[]>, applications?: Record<string, ParsedValue[]>): ParsedReport {
  const rows = (values: ParsedValue[], cols: readonly string[]) => ({ values: Object.fromEntries(cols.map((c, i) => [c, values[i]!])), labelCell: null });
  return {
    source: { url: '', title: '' },
    report: { agency: '测试', year: 2023, template: '2021' },
    titleYear: 2023,
    periodYear: 2023,
    status: 'tables',
    attachments: [],
    images: 0,
    activeDisclosure: null,
    applications: applications
      ? { layout: '2021', rows: Object.fromEntries(Object.entries(applications).map(([k, v]) => [k, rows(v, APPLICANT_COLUMNS)])) as never }
      : null,
    reviewLitigation: Object.fromEntries(REVIEW_BLOCKS.map((b) => [b, rows(review[b] ?? [0, 0, 0, 0, 0].map(number), REVIEW_COLUMNS)])) as never,
    prose: '',
    proseKey: '',
  };
}

describe('identities', () => {
  it('says when a 总计 of 0 stands beside non-zero parts (洪泽区 2023)', () => {
    const { findings } = runRules(reportWith({ review: [10, 1, 0, 0, 0].map(number) }));
    const finding = findings.find((f) => f.rule === 'reviewLitigation.block-total')!;
    expect(formatMessage('zh-CN', finding.key, finding.data)).toBe('行政复议（总计）填为 0，但其组成项之和为 11（= 结果维持 10 + 结果纠正 1），相差 11');
    expect(finding.cells[0]).toEqual({ table: 'reviewLitigation', row: 'review', col: 'total' });
  });

  it('states the formula, expected, found and the difference', () => {
    const { findings } = runRules(reportWith({ review: [2, 1, 0, 0, 4].map(number) }));
    const finding = findings.find((f) => f.rule === 'reviewLitigation.block-total')!;
    expect([finding.expected, finding.found]).toEqual([3, 4]);
    expect(formatMessage('zh-CN', finding.key, finding.data)).toBe('行政复议（总计）应为 3（= 结果维持 2 + 结果纠正 1），实为 4，相差 1');
    expect(formatMessage('en', finding.key, finding.data)).toBe('Administrative review (total) should be 3 (= upheld 2 + corrected 1), found 4, off by 1');
  });

  it('hints at two single-digit cells that would hold the identity as one number', () => {
    // "12" typed as "1" | "2": 1 + 2 + 0 + 0 ≠ 12, but 12 + 0 + 0 + 0 = 12.
    const { findings } = runRules(reportWith({ review: [1, 2, 0, 0, 12].map(number) }));
    const finding = findings.find((f) => f.rule === 'reviewLitigation.block-total')!;
    expect(finding.outcome).toBe('fail');
    expect(finding.hint?.data).toEqual({ left: 1, right: 2, merged: 12 });
    const plain = runRules(reportWith({ review: [1, 2, 0, 0, 5].map(number) })).findings.find((f) => f.rule === 'reviewLitigation.block-total')!;
    expect(plain.hint).toBeUndefined();
  });

  it('cannot verify a sum with a blank operand, unless blanks are assumed to be 0', () => {
    const report = reportWith({ review: [blank, number(1), number(0), number(0), number(1)] });
    expect(runRules(report).findings.find((f) => f.rule === 'reviewLitigation.block-total')?.outcome).toBe('review');
    expect(runRules(report, { blanksAsZero: true }).findings.find((f) => f.rule === 'reviewLitigation.block-total')).toBeUndefined();
  });

  it('checks （七）总计 against every result row of its column', () => {
    const z = () => [0, 0, 0, 0, 0, 0, 0].map(number);
    const apps: Record<string, ParsedValue[]> = { granted: [2, 0, 0, 0, 0, 0, 2].map(number), 'other.misc': [1, 0, 0, 0, 0, 0, 1].map(number), totalHandled: [2, 0, 0, 0, 0, 0, 3].map(number) };
    for (const row of ['newReceived', 'carriedOver', 'carriedForward']) apps[row] = z();
    const findings = runRules(reportWith({}, apps)).findings.filter((f) => f.rule === 'applications.handled-total');
    // Rows not on the page are missing operands: every column is unverifiable, none is silently summed.
    expect(findings.map((f) => `${f.scope} ${f.outcome}`)).toEqual(APPLICANT_COLUMNS.map((col) => `${col} review`));
  });
});

describe('the engine', () => {
  it('turns a rule that throws into a review finding naming it', () => {
    const broken: Rule = { id: 'test.broken', title: 'narrative', severity: 'fail', tables: [], messages: [], evaluate: () => { throw new Error('boom'); } };
    const result = runRules(reportWith({}), { blanksAsZero: false }, [broken]);
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'test.broken', outcome: 'review', key: 'rule.crashed' })]);
    expect(formatMessage('zh-CN', 'rule.crashed', result.findings[0]!.data)).toBe('检查规则 test.broken 运行出错，未能完成核对（Error: boom）');
  });

  it('counts passes and outcomes in the summary', () => {
    const { summary } = runRules(reportWith({ review: [1, 0, 0, 0, 0].map(number) }));
    expect(summary).toMatchObject({ fail: 1, warn: 0 });
    expect(summary.pass).toBeGreaterThan(0);
  });
});

describe('across years', () => {
  const [hongze, weibin] = CROSS_YEAR_PAIRS as [(typeof CROSS_YEAR_PAIRS)[0], (typeof CROSS_YEAR_PAIRS)[0]];
  const crossYear = (pair: typeof hongze) => runRules(pair.report, pair.options).findings.filter((f) => f.rule.startsWith('crossYear.'));

  it('洪泽区 2023 → 2024: carry 0 → 0 and 规范性文件 5 + 3 − 0 = 8 both pass', () => {
    expect(crossYear(hongze)).toEqual([]);
    const outcomes = (rule: Rule) => rule.evaluate(hongze.report, hongze.options).map((e) => `${e.scope} ${e.outcome}`);
    expect(outcomes(RULES.find((r) => r.id === 'crossYear.carry')!)).toEqual(APPLICANT_COLUMNS.map((col) => `${col} pass`));
    expect(outcomes(RULES.find((r) => r.id === 'crossYear.stock')!)).toEqual(['regulations pass', 'normativeDocuments pass']);
  });

  it('a constructed pair that fails: last year carried 1 自然人 forward, this year carried 0 over; 现行有效 3 + 0 − 0 ≠ 0', () => {
    const findings = crossYear(weibin);
    expect(findings.map((f) => `${f.rule} ${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual([
      'crossYear.carry naturalPerson fail 1 0',
      'crossYear.carry total fail 1 0',
      'crossYear.stock normativeDocuments warn 3 0',
    ]);
    expect(formatMessage('zh-CN', findings[0]!.key, findings[0]!.data)).toBe('二、上年结转（自然人）应为 1（= 2023 年报告的四、结转下年度继续办理），实为 0，相差 1');
  });

  it('does nothing without a previous report', () => {
    expect(runRules(weibin.report).findings.filter((f) => f.rule.startsWith('crossYear.'))).toEqual([]);
  });
});

describe('the blanks-as-0 assumption', () => {
  it('turns blank operands into arithmetic and says so in the JSON', async () => {
    const { page } = extractPage(fixtureDocument('blanks-and-quirks'), fixtureUrl('blanks-and-quirks'));
    const plain = analyse(page)!;
    const assumed = analyse(page, { blanksAsZero: true })!;
    // 7 unverifiable identities + report.improvements (its section 五 says only "无。").
    expect(plain.json.summary.review).toBe(8);
    expect(plain.json.assumptions).toEqual({ blanksAsZero: false });
    // 二、上年结转 blank → 0: row-total 0 = 0 and every balance column holds (12 + 0 = 12 + 0 …).
    // What remains is about the text: no section 六 (so no word on the 信息处理费) and nothing on last year's problems.
    expect(assumed.json.summary.review).toBe(1);
    expect(assumed.json.findings.map((f) => f.rule)).toEqual(['report.sections', 'report.fee-statement', 'report.improvements']);
    expect(assumed.json.assumptions).toEqual({ blanksAsZero: true });
  });
});
