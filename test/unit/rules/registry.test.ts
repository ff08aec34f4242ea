// The registry's meta-tests: every rule has a title and messages in both locales, its own test file with a passing
// and a failing case, and still passes on some real-shaped page fixture and fails on another (regression).
import { describe, expect, it } from 'vitest';
import { runRules } from '@/src/check/engine';
import { RULES } from '@/src/check/rules';
import { checkContext, type CheckInput, type Rule } from '@/src/check/types';
import { extractPage } from '@/src/extract/extract';
import type { ParsedReport } from '@/src/model/parsed';
import { parseReport } from '@/src/parse/parse';
import { analyse } from '@/src/pipeline';
import weibin2023 from '../../fixtures/cross-year/weibin-2023.json';
import { ruleTitles } from '@/scripts/generated';
import { exportedReport, fixtureDocument, fixtureNames, fixtureUrl } from '../fixtures';
import { PROSE_CASES } from '../prose-report';

const titles = ruleTitles();
const testFiles = import.meta.glob('./*.test.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const parse = (name: string) => parseReport(extractPage(fixtureDocument(name), fixtureUrl(name)).page);
const pages: { name: string; report: ParsedReport; input: CheckInput }[] = fixtureNames()
  .map((name) => ({ name, report: parse(name), input: { blanksAsZero: false } }))
  .filter((entry): entry is { name: string; report: ParsedReport; input: CheckInput } => entry.report !== null);
// Cross-year pairs: 洪泽区 2023 → 2024 (real: carry 0 → 0, 规范性文件 5 + 3 − 0 = 8) and a constructed 渭滨区 2023 export.
const hongze = { name: 'hongze-2023 → hongze-2024', report: parse('hongze-2024')!, input: { blanksAsZero: false, previousYear: analyse(extractPage(fixtureDocument('hongze-2023')).page)!.json } };
const weibin = { name: 'weibin-2023 (export) → seed-004', report: parse('seed-004-weibin-2024')!, input: { blanksAsZero: false, previousYear: exportedReport(weibin2023 as never) } };
// Reports in real wording for the prose rules no page fixture breaks (a share, a publish date, a copied table).
pages.push(hongze, weibin, ...PROSE_CASES);

const each = RULES.map((rule) => [rule.id, rule] as const);

describe('the rule registry', () => {
  it('has unique ids', () => expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length));

  it.each(each)('%s has a title in both locales and messages', (id, rule) => {
    const title = titles.get(id);
    expect(title?.['zh-CN']).toMatch(/\p{Script=Han}/u);
    expect(title?.en).toMatch(/[a-z]/);
    expect(rule.messageKeys).not.toEqual([]);
  });

  it.each(each)('%s has its test file with a passing and a failing case', (id) => {
    const source = testFiles[`./${id}.test.ts`];
    expect(source, `test/unit/rules/${id}.test.ts`).toBeDefined();
    expect(source).toMatch(/expectPasses\(rule,/);
    expect(source).toMatch(/expectFails\(rule,/);
  });

  it.each(each)('%s passes on some page fixture and fails on another', (_, rule: Rule) => {
    const outcomes = pages.map(({ name, report, input }) => ({ name, ...runRules(report, checkContext(input), [rule]) }));
    expect(outcomes.filter((page) => page.summary.pass > 0).map((page) => page.name), 'a passing page').not.toEqual([]);
    expect(outcomes.filter((page) => page.findings.length > 0).map((page) => page.name), 'a failing page').not.toEqual([]);
    // Every emitted message key is one of the rule's.
    for (const page of outcomes) for (const finding of page.findings) expect(rule.messageKeys).toContain(finding.key);
  });
});

describe('across years on real pages', () => {
  const crossYear = (pair: typeof hongze) => runRules(pair.report, checkContext(pair.input)).findings.filter((f) => f.rule.startsWith('crossYear.'));

  it('洪泽区 2023 → 2024: carry 0 → 0 and 规范性文件 5 + 3 − 0 = 8 both pass', () => {
    expect(crossYear(hongze)).toEqual([]);
    const outcomes = (id: string) => RULES.find((r) => r.id === id)!.evaluate(hongze.report, checkContext(hongze.input)).map((e) => `${'scope' in e ? e.scope : '(no scope)'} ${e.outcome}`);
    expect(outcomes('crossYear.carry')).toEqual(['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg', 'total'].map((col) => `${col} pass`));
    expect(outcomes('crossYear.stock')).toEqual(['regulations pass', 'normativeDocuments pass']);
  });

  it('a constructed pair that fails: last year carried 1 自然人 forward, this year carried 0 over; 现行有效 3 + 0 − 0 ≠ 0', () => {
    expect(crossYear(weibin).map((f) => `${f.rule} ${f.scope} ${f.outcome} ${f.expected} ${f.found}`)).toEqual([
      'crossYear.carry naturalPerson fail 1 0',
      'crossYear.carry total fail 1 0',
      'crossYear.stock normativeDocuments warn 3 0',
    ]);
  });
});

describe('the blanks-as-0 assumption on a real-shaped page', () => {
  it('turns blank operands into arithmetic and says so in the JSON', () => {
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
