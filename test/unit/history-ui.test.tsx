// Storage errors reach the user: a save that failed in the background shows in the popup and on the options page,
// and a write the options page makes itself says why it failed (issue 17 item 3).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/src/options/OptionsApp';
import { App } from '@/src/popup/App';
import { saveReport } from '@/src/history/store';
import { extractPage } from '@/src/extract/extract';
import { analyse } from '@/src/pipeline';
import { fixtureDocument, fixtureUrl } from './fixtures';

let root: HTMLElement;
const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
const reportOf = (name: string) => analyse(extractPage(fixtureDocument(name), fixtureUrl(name)).page)!.json;
let reports: { hongze2023: ReturnType<typeof reportOf>; hongze2024: ReturnType<typeof reportOf> };
// Rendering both UIs and reading two reports takes seconds on a loaded 2-core machine.
const SLOW = 30_000;
beforeAll(() => {
  reports = { hongze2023: reportOf('hongze-2023'), hongze2024: reportOf('hongze-2024') };
}, SLOW);

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** A background save that the storage refused, as the background's history queue records it. */
async function failedBackgroundSave() {
  const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
  await expect(saveReport(reports.hongze2023, 'https://www.hongze.gov.cn/2023.html')).rejects.toThrow();
  set.mockRestore();
}

describe('a history write the storage refused', { timeout: SLOW }, () => {
  it('shows in the popup until dismissed', async () => {
    await failedBackgroundSave();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({} as never);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 42, url: 'https://example.gov.cn/r.html' } as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ kind: 'none', url: 'https://example.gov.cn/r.html' } as never);
    history.replaceState(null, '', '?tabId=42');
    await act(async () => render(<App />, root));
    await vi.waitFor(() => expect(text('[data-testid="history-error"]')).toContain('QUOTA_BYTES quota exceeded'));
    expect(text('[data-testid="history-error"]')).toContain('历史记录在');
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="history-error"] button')!.click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="history-error"]')).toBeNull());
  });

  it('shows on the options page, and a delete there that fails says so', async () => {
    await saveReport(reports.hongze2024, 'https://www.hongze.gov.cn/2024.html');
    await failedBackgroundSave();
    await act(async () => render(<OptionsApp />, root));
    await vi.waitFor(() => expect(text('[data-testid="history-error"]')).toContain('QUOTA_BYTES quota exceeded'));
    expect(text('[data-testid="history-usage"]')).toMatch(/^只保存在本机浏览器中，不会上传。现有 1 份，占用 0\.0 MB；超过 8\.0 MB 时先删除最早的。$/);
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValueOnce(new Error('IO error: disk full'));
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="history"] tbody button')!.click());
    await vi.waitFor(() => expect(text('[data-testid="options-status"]')).toContain('IO error: disk full'));
  });
});

describe('the popup names the page last year\'s figures came from (item 1)', { timeout: SLOW }, () => {
  it('shows the stored address of the report compared with', async () => {
    const json = reports.hongze2024;
    const previous = { agency: '洪泽区人民政府', year: 2023, url: 'https://www.hongze.gov.cn/art/2024/1/26/art_2023.html' };
    const state = { kind: 'report', url: 'https://www.hongze.gov.cn/2024.html', json, findings: [], overlay: true, blanksAsZero: false, crossYear: { previous, wanted: null } };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({} as never);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 42, url: state.url } as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(state as never);
    history.replaceState(null, '', '?tabId=42');
    await act(async () => render(<App />, root));
    await vi.waitFor(() => expect(text('[data-testid="cross-year-url"]')).toBe('https://www.hongze.gov.cn/art/2024/1/26/art_2023.html'));
  });
});
