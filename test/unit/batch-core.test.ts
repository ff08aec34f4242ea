// The batch core shared by the checker page and the command line: rows, CSV, cross-year pairing, the runner, the zip.
// Expected values are worked out from the fixture pages (test/fixtures/*.expected.json), not from the program.
import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AdapterError, type DocumentInput } from '@/src/adapters/types';
import { previousYearIndexes } from '@/src/batch/cross-year';
import { runBatch, type AnalyseDocument, type BatchEntry, type BatchInput } from '@/src/batch/runner';
import { summaryCsv, summaryRow, summaryRowOfJson, type SummaryRow } from '@/src/batch/summary';
import { reportJsonFiles, zipEntryNames, zipTexts } from '@/src/batch/zip';
import { extractPage } from '@/src/extract/extract';
import type { RawPage } from '@/src/model/raw';
import { analyse } from '@/src/pipeline';
import { fixtureHtml } from './fixtures';

/** A folder of saved fixture pages: `<name>.html` holds the fixture's bytes. */
const savedPage = (name: string, path = `${name}.html`): BatchInput => ({ path, load: async () => new TextEncoder().encode(fixtureHtml(name)) });

/** What the checker page does with a saved page, minus the adapters (an HTML page read in jsdom). */
// Pages are read in jsdom once per name (seconds on this machine); the analysis is fresh on every call.
const pages = new Map<string, RawPage>();
const analyseSavedPage: AnalyseDocument = async (input: DocumentInput) => {
  if (input.name.endsWith('.pdf')) throw new AdapterError('corrupt', 'PDF 文件已损坏或不完整，无法读取', 'The PDF is corrupt or truncated');
  const html = new TextDecoder().decode(input.bytes);
  if (!pages.has(html)) pages.set(html, extractPage(new JSDOM(html, { url: `https://example.gov.cn/${input.name}` }).window.document).page);
  return analyse(pages.get(html)!);
};
beforeAll(async () => {
  const names = ['seed-004-weibin-2024', 'identity-errors', 'attachment-only', 'negative-news', 'hongze-2023', 'hongze-2024', 'huaian-city-2024'];
  for (const name of names) await analyseSavedPage({ name: `${name}.html`, bytes: await savedPage(name).load() }, new AbortController().signal);
}, 60_000);
const corruptPdf: BatchInput = { path: 'broken/report.pdf', load: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]) };

const rowOf = (entries: BatchEntry[], path: string): SummaryRow => summaryRow(entries.find((entry) => entry.path === path)!);

describe('summary rows', () => {
  it('give agency, year, template, status, counts and the first fail before any warn or review', async () => {
    const { entries } = await runBatch(
      [savedPage('seed-004-weibin-2024'), savedPage('identity-errors'), savedPage('attachment-only'), savedPage('negative-news'), corruptPdf],
      analyseSavedPage,
    );
    // 渭滨区 2024: （七）总计 left at 0 → 3 columns × (handled-total, balance) = 6 fails; the prose's 自然人 4 vs 3 = 1 warn;
    // no word on last year's problems (整改情况) = 1 review.
    expect(rowOf(entries, 'seed-004-weibin-2024.html')).toMatchObject({
      agency: '渭滨区人民政府办公室', year: 2024, template: '2021', status: 'tables', fail: 6, warn: 1, review: 1,
    });
    // 自然人: 予以公开 2 + 不掌握 1 = 3 against a 总计 of 0.
    expect(rowOf(entries, 'seed-004-weibin-2024.html').firstProblem).toMatch(/^（七）总计（自然人）填为 0.*相差 3$/);
    // identity-errors lists a review (table 四 missing) first, then the fail on 行政许可 12.5: the fail wins.
    // Its hand-worked findings: 5 fails, 8 warns (6 of them the prose's), 3 reviews (表四, 强制 unreadable, 整改情况).
    const errors = rowOf(entries, 'identity-errors.html');
    expect([errors.fail, errors.warn, errors.review]).toEqual([5, 8, 3]);
    expect(errors.firstProblem).toContain('12.5');
    expect(rowOf(entries, 'attachment-only.html')).toMatchObject({ status: 'no-html-tables', template: 'unknown', fail: 0 });
    expect(rowOf(entries, 'attachment-only.html').firstProblem).toMatch(/^检测到年度报告，但页面上没有 HTML 统计表/);
    expect(rowOf(entries, 'negative-news.html')).toEqual({
      file: 'negative-news.html', agency: null, year: null, template: null, status: 'not-a-report', fail: 0, warn: 0, review: 0,
      firstProblem: '不是政府信息公开工作年度报告',
    });
    expect(rowOf(entries, 'broken/report.pdf')).toMatchObject({ status: 'unreadable', firstProblem: 'PDF 文件已损坏或不完整，无法读取' });
  });
});

describe('summary rows of the contract JSON (the command line writes a JSON for every input)', () => {
  const weibinJson = async () => {
    const { entries } = await runBatch([savedPage('seed-004-weibin-2024')], analyseSavedPage);
    const outcome = entries[0]!.outcome;
    if (outcome.kind !== 'report') throw new Error('report expected');
    return { entry: entries[0]!, json: outcome.analysis.json };
  };
  const tableless = { agency: null, year: null, template: 'unknown' } as const;

  it('give a report the row the checker page gives it', async () => {
    const { entry, json } = await weibinJson();
    expect(summaryRowOfJson('seed-004-weibin-2024.html', json)).toEqual(summaryRow(entry));
    expect(summaryRowOfJson('seed-004-weibin-2024.html', json)).toMatchObject({ agency: '渭滨区人民政府办公室', fail: 6, warn: 1, review: 1 });
  });

  it('give a JSON carrying page.error an unreadable row with that error', async () => {
    const { json } = await weibinJson();
    const error = { code: 'corrupt', message: '此 PDF 文件已损坏，无法打开', messageEn: 'This PDF is damaged and cannot be opened' };
    const unreadable = { ...json, report: tableless, findings: [], page: { status: 'unreadable' as const, attachments: [], images: 0, error } };
    expect(summaryRowOfJson('report.pdf', unreadable)).toEqual({
      file: 'report.pdf', agency: null, year: null, template: null, status: 'unreadable', fail: 0, warn: 0, review: 0, firstProblem: '此 PDF 文件已损坏，无法打开',
    });
  });

  it('give a non-report no template, as the checker page does', async () => {
    const { json } = await weibinJson();
    const notReport = { ...json, report: tableless, findings: [], page: { status: 'not-a-report' as const, attachments: [], images: 0 } };
    expect(summaryRowOfJson('news.html', notReport)).toMatchObject({ template: null, status: 'not-a-report', firstProblem: '不是政府信息公开工作年度报告' });
  });
});

describe('the summary CSV', () => {
  const row = (file: string, firstProblem: string, agency: string | null = '某县教育局'): SummaryRow =>
    ({ file, agency, year: 2023, template: '2021', status: 'tables', fail: 1, warn: 0, review: 2, firstProblem });

  it('is UTF-8 with a BOM for Excel/WPS and has the Chinese headers', () => {
    const bytes = new TextEncoder().encode(summaryCsv([row('a.html', '表三有误')]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('文件,机关,年度,格式,状态,错误,提醒,待核,首个问题\r\na.html,某县教育局,2023,2021,tables,1,0,2,表三有误\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, and quotes commas and quotes', () => {
    const csv = summaryCsv([row('=HYPERLINK("http://evil.example","x").html', '-2+3', '@SUM(A1)'), row('a,b.html', '+1')]);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      `"'=HYPERLINK(""http://evil.example"",""x"").html",'@SUM(A1),2023,2021,tables,1,0,2,'-2+3`,
      `"a,b.html",某县教育局,2023,2021,tables,1,0,2,'+1`,
    ]);
  });
});

describe('cross-year within a batch', () => {
  const report = (agency: string | null, year: number | null, status = 'tables') => ({ report: { agency, year }, page: { status } });

  it('pairs a report with the same agency of the year before, names drifting as the history allows', () => {
    expect(
      previousYearIndexes([
        report('淮安市洪泽区人民政府', 2024), // 0 ← 2 (the 2024 title adds the city)
        report('伊宁县人民政府', 2024), // 1 ← 3
        report('洪泽区人民政府', 2023), // 2
        report('伊宁县', 2023), // 3
        report('淮安市人民政府', 2024), // 4: another agency (the city)
        report('某县教育局', 2022), // 5: two years before 6
        report('某县教育局', 2024), // 6
        null, // 7: not a report
        report(null, 2024), // 8: no agency read
        report('某县卫生健康委员会', 2023, 'no-html-tables'), // 9: its tables were not read, so 10 has no previous year
        report('某县卫生健康委员会', 2024), // 10
      ]),
    ).toEqual([2, 3, null, null, null, null, null, null, null, null, null]);
  });

  it('takes the first in batch order when the year before is there twice, and never a later year', () => {
    expect(
      previousYearIndexes([
        report('伊宁县人民政府', 2024), // 0 ← 2, the first 2023 of 伊宁县
        report('伊宁县', 2025), // 1 ← 0
        report('伊宁县', 2023), // 2
        report('伊宁县人民政府', 2023), // 3: a second 2023 (the page saved twice)
        report('宁县', 2024), // 4: the end of 伊宁县, but 2 characters are too few to match by ending: another agency
      ]),
    ).toEqual([2, 0, null, null, null]);
  });

  it('checks 洪泽区 2024 against 洪泽区 2023 from the same batch, whatever the order', async () => {
    const alone = await runBatch([savedPage('hongze-2024')], analyseSavedPage);
    const { entries } = await runBatch([savedPage('hongze-2024', '2024/hongze.html'), savedPage('huaian-city-2024'), savedPage('hongze-2023', '2023/hongze.html')], analyseSavedPage);
    const [later, city, earlier] = entries.map((entry) => entry.outcome);
    if (later?.kind !== 'report' || city?.kind !== 'report' || earlier?.kind !== 'report') throw new Error('three reports expected');
    expect(later.previous?.path).toBe('2023/hongze.html');
    expect(city.previous).toBeNull();
    expect(earlier.previous).toBeNull();
    // 上年结转 of 2024 (all 0) = 结转下年度 of 2023 (all 0) in 7 columns; 现行有效件数: 法规 0 + 0 − 0 = 0,
    // 规范性文件 5 + 3 − 0 = 8; table 三 is not 2023's (本年新收 95 against 21): ten more passes, nothing new fails.
    const before = alone.entries[0]!.outcome;
    if (before.kind !== 'report') throw new Error('report expected');
    expect(later.analysis.json.summary).toEqual({ ...before.analysis.json.summary, pass: before.analysis.json.summary.pass + 10 });
  });

  it('reports a carry that does not match the year before as a fail', async () => {
    // 2024 altered: 二、上年结转 自然人 2, while 2023 carried 0 forward.
    const altered: AnalyseDocument = async (input, signal) => {
      const analysis = await analyseSavedPage(input, signal);
      if (input.name === 'hongze-2024.html') analysis!.parsed.applications!.rows.carriedOver!.values.naturalPerson.value = 2;
      return analysis;
    };
    const { entries } = await runBatch([savedPage('hongze-2023'), savedPage('hongze-2024')], altered);
    const later = entries[1]!.outcome;
    if (later.kind !== 'report') throw new Error('report expected');
    expect(later.analysis.json.findings.filter((finding) => finding.rule === 'crossYear.carry').map(({ scope, outcome, expected, found }) => ({ scope, outcome, expected, found }))).toEqual([
      { scope: 'naturalPerson', outcome: 'fail', expected: 0, found: 2 },
    ]);
  });
});

describe('the runner', () => {
  afterEach(() => vi.useRealTimers());
  const inputs = (n: number): BatchInput[] => Array.from({ length: n }, (_, i) => ({ path: `f${i}.html`, load: async () => new Uint8Array([i]) }));

  it('keeps to the concurrency limit and reports progress after each file', async () => {
    let running = 0;
    let most = 0;
    const slow: AnalyseDocument = async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return null;
    };
    const progress: string[] = [];
    const { entries, cancelled } = await runBatch(inputs(7), slow, { concurrency: 3, onProgress: ({ done, total }) => progress.push(`${done}/${total}`) });
    expect(most).toBe(3);
    expect(progress).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
    expect(entries.map((entry) => entry.path)).toEqual(['f0.html', 'f1.html', 'f2.html', 'f3.html', 'f4.html', 'f5.html', 'f6.html']);
    expect(cancelled).toBe(false);
  });

  it('turns a throwing file into an error row and goes on with the rest', async () => {
    const flaky: AnalyseDocument = async (input) => {
      if (input.bytes[0] === 1) throw new TypeError('Cannot read properties of undefined');
      return null;
    };
    const unreadable: BatchInput = { path: 'gone.pdf', load: () => Promise.reject(new Error('NotReadableError')) };
    const { entries } = await runBatch([...inputs(3), unreadable], flaky, { concurrency: 1 });
    expect(entries.map((entry) => summaryRow(entry).status)).toEqual(['not-a-report', 'unreadable', 'not-a-report', 'unreadable']);
    expect(entries[1]!.outcome).toEqual({ kind: 'unreadable', code: 'failed', zh: '无法读取此文件：Cannot read properties of undefined', en: 'Cannot read this file: Cannot read properties of undefined' });
    expect(summaryRow(entries[3]!).firstProblem).toBe('无法读取此文件：NotReadableError');
  });

  it('stops between files when cancelled', async () => {
    const controller = new AbortController();
    const analysed: string[] = [];
    const { entries, cancelled } = await runBatch(inputs(5), async (input) => (analysed.push(input.name), null), {
      concurrency: 1,
      signal: controller.signal,
      onProgress: ({ done }) => done === 2 && controller.abort(),
    });
    expect(analysed).toEqual(['f0.html', 'f1.html']);
    expect(entries.map((entry) => entry.path)).toEqual(['f0.html', 'f1.html']);
    expect(cancelled).toBe(true);
  });

  it('gives up on a file past the time limit, aborts its work and goes on', async () => {
    vi.useFakeTimers();
    let aborted = false;
    const stuck: AnalyseDocument = (input, signal) =>
      input.bytes[0] === 0 ? new Promise(() => signal.addEventListener('abort', () => (aborted = true))) : Promise.resolve(null);
    const run = runBatch(inputs(2), stuck, { concurrency: 1, timeLimitMs: 30_000 });
    await vi.advanceTimersByTimeAsync(30_000);
    const { entries } = await run;
    expect(entries[0]!.outcome).toMatchObject({ kind: 'unreadable', code: 'timeout', zh: '超过 30 秒仍未读完，已跳过此文件' });
    expect(entries[1]!.outcome).toEqual({ kind: 'not-a-report' });
    expect(aborted).toBe(true);
  });
});

describe('the zip of all JSON files', () => {
  it('names entries <input path>.json, safe to extract and unique', () => {
    expect(zipEntryNames(['../../etc/passwd', '/abs/a.pdf', 'C:\\x\\b.docx', 'a.pdf', 'A.PDF', 'a.pdf', 'dir/./x?.pdf', '..'])).toEqual([
      'etc/passwd.json',
      'abs/a.pdf.json',
      'C_/x/b.docx.json',
      'a.pdf.json',
      'A.PDF (2).json',
      'a.pdf (3).json',
      'dir/x_.pdf.json',
      'file.json',
    ]);
  });

  it('opens with the reports’ contract JSON under their input paths; non-reports and errors are left out', async () => {
    const { entries } = await runBatch([savedPage('hongze-2023', '2023/洪泽区.html'), savedPage('negative-news'), corruptPdf, savedPage('seed-004-weibin-2024', '2024/渭滨区.html')], analyseSavedPage);
    const files = unzipSync(await zipTexts(reportJsonFiles(entries)));
    expect(Object.keys(files)).toEqual(['2023/洪泽区.html.json', '2024/渭滨区.html.json']);
    const weibin = JSON.parse(strFromU8(files['2024/渭滨区.html.json']!));
    expect(weibin.report).toEqual({ agency: '渭滨区人民政府办公室', year: 2024, template: '2021' });
    expect(weibin.summary).toMatchObject({ fail: 6, warn: 1, review: 1 });
  });
});
