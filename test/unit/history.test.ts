import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normalizeAgency, sameAgency } from '@/src/history/agency';
import { clearHistory, deleteEntry, findPrevious, historyItem, listHistory, saveReport, setHistoryLimit } from '@/src/history/store';
import { extractPage } from '@/src/extract/extract';
import { analyse } from '@/src/pipeline';
import type { ReportJson } from '@/src/model/schema';
import { fixtureDocument, fixtureUrl } from './fixtures';

const reportOf = (name: string): ReportJson => analyse(extractPage(fixtureDocument(name), fixtureUrl(name)).page)!.json;

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

describe('the history', () => {
  it('stores a checked report and finds it as the previous year of the same agency', async () => {
    await saveReport(reportOf('hongze-2023'), 'https://www.hongze.gov.cn/2023.html');
    const previous = await findPrevious('淮安市洪泽区人民政府', 2024);
    expect(previous?.report.report).toEqual({ agency: '洪泽区人民政府', year: 2023, template: 'mixed' });
    expect(await findPrevious('淮安市洪泽区人民政府', 2025)).toBeNull();
    expect(await findPrevious('某县教育局', 2024)).toBeNull();
  });

  it('keeps one entry per page and year, newest first', async () => {
    const report = reportOf('hongze-2023');
    await saveReport(report, 'https://a.example/1.html', false, new Date('2025-01-01'));
    await saveReport(reportOf('hongze-2024'), 'https://a.example/2.html', false, new Date('2025-02-01'));
    await saveReport(report, 'https://a.example/1.html', false, new Date('2025-03-01'));
    expect((await listHistory()).map((e) => [e.url, e.savedAt])).toEqual([
      ['https://a.example/1.html', '2025-03-01T00:00:00.000Z'],
      ['https://a.example/2.html', '2025-02-01T00:00:00.000Z'],
    ]);
  });

  it('evicts the oldest entries past the limit', async () => {
    await setHistoryLimit(2);
    for (const [i, name] of ['hongze-2023', 'hongze-2024', 'huaian-city-2024'].entries()) {
      await saveReport(reportOf(name), `https://a.example/${i}.html`, false, new Date(2025, 0, i + 1));
    }
    expect((await listHistory()).map((e) => e.url)).toEqual(['https://a.example/2.html', 'https://a.example/1.html']);
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
    await clearHistory();
    expect(await listHistory()).toEqual([]);
  });

  it('drops stored entries that no longer match the schema instead of trusting them', async () => {
    await saveReport(reportOf('hongze-2023'), 'https://a.example/1.html');
    await historyItem.setValue([...(await historyItem.getValue()), { id: 'x', url: 'u', report: { schemaVersion: 99 } }]);
    expect((await listHistory()).map((e) => e.url)).toEqual(['https://a.example/1.html']);
  });

  it('migrates version 1 entries ({ url, time, json }) to version 2', async () => {
    const json = reportOf('hongze-2023');
    await fakeBrowser.storage.local.set({ history: [{ url: 'https://old.example/2023.html', time: '2024-06-01T00:00:00.000Z', json }], history$: { v: 1 } });
    await historyItem.migrate();
    const [entry] = await listHistory();
    expect(entry).toMatchObject({ url: 'https://old.example/2023.html', savedAt: '2024-06-01T00:00:00.000Z', agencyKey: '洪泽区', imported: false });
    expect(entry!.report).toEqual(json);
  });
});
