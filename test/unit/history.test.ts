import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normalizeAgency, sameAgency } from '@/src/history/agency';
import { lastHistoryError } from '@/src/history/errors';
import {
  clearHistory,
  deleteEntry,
  findPrevious,
  historyUsage,
  HISTORY_LIMIT_RANGE,
  importReports,
  listHistory,
  saveReport,
  setHistoryLimit,
} from '@/src/history/store';
import { extractPage } from '@/src/extract/extract';
import { analyse } from '@/src/pipeline';
import type { ReportJson } from '@/src/model/schema';
import { fixtureDocument, fixtureUrl } from './fixtures';

// Each fixture is read once (jsdom parsing takes seconds on a loaded 2-core machine); tests get their own copy.
const FIXTURES = ['hongze-2023', 'hongze-2024', 'huaian-city-2024', 'attachment-only', 'seed-004-weibin-2024'];
const SLOW = 60_000;
const analysed = new Map<string, ReportJson>();
beforeAll(() => {
  for (const name of FIXTURES) analysed.set(name, analyse(extractPage(fixtureDocument(name), fixtureUrl(name)).page)!.json);
}, SLOW);
const reportOf = (name: string): ReportJson => structuredClone(analysed.get(name)!);
const storedKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).sort();

beforeEach(() => fakeBrowser.reset());

describe('agency names', () => {
  it.each([
    ['伊宁县', '伊宁县人民政府'],
    ['洪泽区人民政府', '淮安市洪泽区人民政府'],
    ['渭滨区人民政府办公室', '渭滨区政府办'],
    ['勉县 人民政府', '勉县人民政府'],
    ['某县教育局', '某县教育局'],
  ])('%s is %s', (a, b) => expect(sameAgency(a, b)).toBe(true));

  it.each([
    ['某县教育局', '某县卫生健康委员会'],
    ['洪泽区人民政府', '洪泽区人民政府办公室'],
    ['城区人民政府', '某市某区人民政府'],
    ['', ''],
  ])('%s is not %s', (a, b) => expect(sameAgency(a, b)).toBe(false));

  it('normalises the 人民政府/政府/办公室 variants', () => expect(normalizeAgency('渭滨区人民政府办公室')).toBe('渭滨区政府办'));
});

describe('the history', { timeout: SLOW }, () => {
  it('stores a checked report and finds it as the previous year of the same agency', async () => {
    await saveReport(reportOf('hongze-2023'), 'https://www.hongze.gov.cn/2023.html');
    const previous = await findPrevious('淮安市洪泽区人民政府', 2024);
    expect(previous?.report.report).toEqual({ agency: '洪泽区人民政府', year: 2023, template: 'mixed' });
    expect(previous?.url).toBe('https://www.hongze.gov.cn/2023.html');
    expect(await findPrevious('淮安市洪泽区人民政府', 2025)).toBeNull();
    expect(await findPrevious('某县教育局', 2024)).toBeNull();
  });

  it('keeps one entry per page and year, newest first', async () => {
    const report = reportOf('hongze-2023');
    await saveReport(report, 'https://a.example/1.html', new Date('2025-01-01'));
    await saveReport(reportOf('hongze-2024'), 'https://a.example/2.html', new Date('2025-02-01'));
    await saveReport({ ...report, summary: { ...report.summary, pass: report.summary.pass + 1 } }, 'https://a.example/1.html', new Date('2025-03-01'));
    expect((await listHistory()).map((e) => [e.url, e.savedAt])).toEqual([
      ['https://a.example/1.html', '2025-03-01T00:00:00.000Z'],
      ['https://a.example/2.html', '2025-02-01T00:00:00.000Z'],
    ]);
  });

  it('keeps one key per entry next to a small index', async () => {
    await saveReport(reportOf('hongze-2023'), 'https://a.example/1.html');
    await saveReport(reportOf('hongze-2024'), 'https://a.example/2.html');
    expect(await storedKeys()).toEqual(['history:2023|https://a.example/1.html', 'history:2024|https://a.example/2.html', 'historyIndex']);
  });

  it('20 saves at the same time keep 20 entries', async () => {
    const report = reportOf('hongze-2023');
    await Promise.all(Array.from({ length: 20 }, (_, i) => saveReport(report, `https://a.example/${i}.html`)));
    expect((await listHistory()).length).toBe(20);
    expect((await historyUsage()).entries).toBe(20);
  });

  it('does not write when the same report is saved again (a page re-rendering its table)', async () => {
    const report = reportOf('hongze-2023');
    await saveReport(report, 'https://a.example/1.html', new Date('2025-01-01'));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    for (let i = 0; i < 5; i++) await saveReport(structuredClone(report), 'https://a.example/1.html', new Date('2025-01-02'));
    expect(set).not.toHaveBeenCalled();
    expect((await listHistory())[0]!.savedAt).toBe('2025-01-01T00:00:00.000Z');
  });

  it('limits the history by bytes: the oldest entries go first, the total stays under the limit', async () => {
    await setHistoryLimit(HISTORY_LIMIT_RANGE.min);
    // 渭滨区 2024 with its findings is ~12 kB as UTF-8 JSON (its Chinese text is 3 bytes a character); an entry adds
    // its address, key and index row (~250 bytes): 1 MiB holds 1,048,576 / (report + 250) of the 150 saved, ±2.
    const report = reportOf('seed-004-weibin-2024');
    const fits = Math.floor(HISTORY_LIMIT_RANGE.min / (new TextEncoder().encode(JSON.stringify(report)).length + 250));
    for (let i = 0; i < 150; i++) await saveReport(report, `https://a.example/${i}.html`, new Date(Date.UTC(2025, 0, 1, 0, i)));
    const usage = await historyUsage();
    const urls = (await listHistory()).map((e) => e.url);
    expect(usage.bytes).toBeLessThanOrEqual(HISTORY_LIMIT_RANGE.min);
    expect(urls.length).toBe(usage.entries);
    expect(urls.length).toBeGreaterThanOrEqual(fits - 2);
    expect(urls.length).toBeLessThanOrEqual(fits + 2);
    // Exactly the newest ones, newest first.
    expect(urls).toEqual(Array.from({ length: urls.length }, (_, i) => `https://a.example/${149 - i}.html`));
    // And no entry key is left behind for the evicted ones.
    expect((await storedKeys()).filter((key) => key.startsWith('history:')).length).toBe(urls.length);
  });

  it('a lower limit applies at once; limits are kept within 1–8 MiB', async () => {
    const report = reportOf('hongze-2023');
    for (let i = 0; i < 3; i++) await saveReport(report, `https://a.example/${i}.html`, new Date(2025, 0, i + 1));
    await setHistoryLimit(1);
    expect((await historyUsage()).limit).toBe(1024 * 1024);
    await setHistoryLimit(1e12);
    expect((await historyUsage()).limit).toBe(8 * 1024 * 1024);
    expect((await listHistory()).length).toBe(3);
  });

  it('does not keep pages whose tables were not read', async () => {
    expect(await saveReport(reportOf('attachment-only'), 'https://a.example/att.html')).toBeNull();
    expect(await listHistory()).toEqual([]);
  });

  it('deletes one entry, or all', async () => {
    const first = (await saveReport(reportOf('hongze-2023'), 'https://a.example/1.html'))!;
    await saveReport(reportOf('hongze-2024'), 'https://a.example/2.html');
    await deleteEntry(first.id);
    expect((await listHistory()).map((e) => e.url)).toEqual(['https://a.example/2.html']);
    expect(await storedKeys()).toEqual(['history:2024|https://a.example/2.html', 'historyIndex']);
    await clearHistory();
    expect(await listHistory()).toEqual([]);
    expect(await storedKeys()).toEqual(['historyIndex']);
  });

  it('drops stored entries that no longer match the schema instead of trusting them', async () => {
    await saveReport(reportOf('hongze-2023'), 'https://a.example/1.html');
    await saveReport(reportOf('hongze-2024'), 'https://a.example/2.html');
    await fakeBrowser.storage.local.set({ 'history:2024|https://a.example/2.html': { id: 'x', url: 'u', report: { schemaVersion: 99 } } });
    expect((await listHistory()).map((e) => e.url)).toEqual(['https://a.example/1.html']);
  });

  it('rebuilds a corrupt index from the entries', async () => {
    await saveReport(reportOf('hongze-2023'), 'https://a.example/1.html');
    await fakeBrowser.storage.local.set({ historyIndex: 'garbage' });
    expect((await listHistory()).map((e) => e.url)).toEqual(['https://a.example/1.html']);
  });

  it('moves a version 1 list ({ url, time, json }) into one key per entry, without the query', async () => {
    const json = reportOf('hongze-2023');
    await fakeBrowser.storage.local.set({ history: [{ url: 'https://old.example/2023.html?token=abc#t2', time: '2024-06-01T00:00:00.000Z', json }], history$: { v: 1 } });
    const [entry] = await listHistory();
    expect(entry).toMatchObject({ url: 'https://old.example/2023.html', savedAt: '2024-06-01T00:00:00.000Z', agencyKey: '洪泽区', imported: false });
    expect(entry!.report.applications).toEqual(json.applications);
    expect(entry!.report.source.url).toBe('https://old.example/2023.html');
    expect(await storedKeys()).toEqual(['history:2023|https://old.example/2023.html', 'historyIndex']);
  });

  it('moves a version 2 list and its count limit', async () => {
    const json = reportOf('hongze-2024');
    const v2 = { id: '2024|https://a.example/x.html', url: 'https://a.example/x.html', savedAt: '2025-05-01T00:00:00.000Z', agencyKey: '淮安市洪泽区', imported: true, report: json };
    await fakeBrowser.storage.local.set({ history: [v2, { broken: true }], history$: { v: 2 }, historyLimit: 5000 });
    expect((await listHistory()).map((e) => [e.url, e.imported])).toEqual([['https://a.example/x.html', true]]);
    expect(await storedKeys()).toEqual(['history:2024|https://a.example/x.html', 'historyIndex']);
  });
});

describe('storage errors', { timeout: SLOW }, () => {
  it('a full storage rejects the save and leaves a message for the popup and the options page', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveReport(reportOf('hongze-2023'), 'https://a.example/1.html')).rejects.toThrow('QUOTA_BYTES');
    expect((await lastHistoryError())?.message).toBe('QUOTA_BYTES quota exceeded');
  });

  it('a failed write does not stop the queue', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    const report = reportOf('hongze-2023');
    const results = await Promise.allSettled([saveReport(report, 'https://a.example/1.html'), saveReport(report, 'https://a.example/2.html')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    set.mockRestore();
    expect((await listHistory()).map((e) => e.url)).toEqual(['https://a.example/2.html']);
  });
});

describe('last year, when the history holds several candidates', { timeout: SLOW }, () => {
  const real = () => reportOf('hongze-2023');
  /** The same report with 结转下年度 总计 raised by 7, as a page on another site might serve it. */
  const planted = () => {
    const report = real();
    const carried = report.applications!.carriedForward!;
    return { ...report, applications: { ...report.applications!, carriedForward: { ...carried, total: carried.total! + 7 } } };
  };

  it('prefers the one from the page\'s own site', async () => {
    await saveReport(real(), 'https://www.hongze.gov.cn/art/2024/1/26/art_2023.html', new Date('2025-01-01'));
    await saveReport(planted(), 'https://evil.example/2023.html', new Date('2025-02-01'));
    const previous = await findPrevious('淮安市洪泽区人民政府', 2024, 'https://xxgk.hongze.gov.cn/2024.html');
    expect(previous?.url).toBe('https://www.hongze.gov.cn/art/2024/1/26/art_2023.html');
    expect(previous?.report.applications?.carriedForward).toEqual(real().applications!.carriedForward);
  });

  it('leaves unknown (null) the values on which candidates from other sites disagree', async () => {
    await saveReport(real(), 'https://mirror.example/2023.html', new Date('2025-01-01'));
    await saveReport(planted(), 'https://evil.example/2023.html', new Date('2025-02-01'));
    const previous = await findPrevious('淮安市洪泽区人民政府', 2024, 'https://www.hongze.gov.cn/2024.html');
    expect(previous?.url).toBe('https://evil.example/2023.html');
    expect(previous?.report.applications?.carriedForward).toEqual({ ...real().applications!.carriedForward, total: null });
    // Values both agree on stay.
    expect(previous?.report.applications?.newReceived).toEqual(real().applications!.newReceived);
  });
});

describe('importing', { timeout: SLOW }, () => {
  it('writes a batch in chunks with progress, each entry marked as imported', async () => {
    const report = reportOf('hongze-2023');
    const reports = Array.from({ length: 60 }, (_, i) => ({ ...report, source: { ...report.source, url: `https://a.example/${i}.html` } }));
    const progress: [number, number][] = [];
    const outcome = await importReports(reports, (done, total) => progress.push([done, total]));
    expect(outcome).toEqual({ saved: 60, unchanged: 0, skipped: 0 });
    expect(progress).toEqual([
      [25, 60],
      [50, 60],
      [60, 60],
    ]);
    const entries = await listHistory();
    expect(entries.length).toBe(60);
    expect(entries.every((e) => e.imported)).toBe(true);
    // The same file again writes nothing.
    expect(await importReports(reports)).toEqual({ saved: 0, unchanged: 60, skipped: 0 });
  });
});
