// The content script's life in Chromium: every report frame recorded every time (issue 17 item 2), the badge and
// the popup describing the same frame (item 4), a page replaying WXT's start-up event (item 6), and an extension
// update leaving nothing on open pages (item 8). Pages are served here: the frame pages are the fixtures, the outer
// pages are written by the tests; "localhost" and "127.0.0.1" are two origins of the same server.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
// @ts-expect-error plain ESM helper shared with the demo script (no types)
import { serveDirectory } from '../../scripts/browser.mjs';
import { launch, openPopup, overlay, ROOT, tabIdOf, waitForState, type Browser, type Served } from './harness';

declare const chrome: any;

/** Records every window message the page receives (WXT used to announce the extension id this way). */
const LISTENER = `<script>window.__messages = []; addEventListener('message', (e) => __messages.push(JSON.stringify(e.data)));</script>`;
const FOUR_REPORTS = ['seed-001-yining-2023', 'seed-003-huixian-2023', 'huaian-city-2024', 'hongze-2024'];

let browser: Browser;
let server: Served;
let foreignBase: string;
beforeAll(async () => {
  const pages = join(ROOT, 'test/fixtures/pages');
  server = await serveDirectory(pages, (path: string) => {
    const html = (body: string) => ({ type: 'text/html; charset=utf-8', body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>某市人民政府门户网站</title></head><body>${body}</body></html>` });
    if (path === '/four-reports.html') return html(FOUR_REPORTS.map((name) => `<iframe src="${name}.html" width="900" height="600"></iframe>`).join(''));
    // A passing report on top, a failing report (5 failures) from another origin inside it.
    if (path === '/mixed.html') return { type: 'text/html; charset=utf-8', body: readFileSync(join(pages, 'huaian-city-2024.html'), 'utf8').replace('</body>', `<iframe src="${foreignBase}/identity-errors.html" width="900" height="600"></iframe></body>`) };
    if (path === '/listening-report.html') return { type: 'text/html; charset=utf-8', body: readFileSync(join(pages, 'seed-004-weibin-2024.html'), 'utf8').replace('<head>', `<head>${LISTENER}`) };
    return null;
  });
  foreignBase = server.base.replace('127.0.0.1', 'localhost');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const framesOf = (tabId: number): Promise<Record<string, { status?: string; fail: number }>> =>
  browser.sw.evaluate(async (tab) => {
    const all = await chrome.storage.session.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(`frame:${tab}:`)).map(([key, value]) => [key.split(':')[2], value]));
  }, tabId);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: last ${JSON.stringify(value)}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

describe('a page with four report iframes', () => {
  it('has all four recorded, on each of ten loads', async () => {
    const page = await browser.context.newPage();
    const tabId = await tabIdOf(browser, page);
    for (let load = 0; load < 10; load++) {
      await page.goto(`${server.base}/four-reports.html?load=${load}`);
      const frames = await until(() => framesOf(tabId), (f) => Object.values(f).filter((s) => s.status === 'tables').length >= 4, `load ${load}`);
      expect(Object.values(frames).filter((s) => s.status === 'tables')).toHaveLength(4);
    }
    await page.close();
  });
});

describe('a passing report with a failing cross-origin iframe', () => {
  it('gets a badge and a popup that describe the same frame: the top one', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.base}/mixed.html`);
    const tabId = await tabIdOf(browser, page);
    const frames = await until(() => framesOf(tabId), (f) => Object.values(f).filter((s) => s.status === 'tables').length === 2, 'two report frames');
    // The iframe's own identities fail (identity-errors: 5 failures); the top report passes.
    expect(Object.values(frames).map((s) => s.fail).sort()).toEqual([0, 5]);
    expect(await browser.sw.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), tabId)).toBe('✓');
    const popup = await openPopup(browser, tabId);
    await popup.waitForSelector('[data-testid="agency"]');
    expect(await popup.textContent('[data-testid="agency"]')).toBe('淮安市人民政府');
    // The top report's tables hold (its only finding is report.improvements, a review), not the iframe's 5 failures.
    expect(await popup.textContent('[data-testid="verdict"]')).toBe('没有发现错误，但有无法核对的项目');
    await popup.close();
    await page.close();
  });
});

describe('a page that knows the extension id', () => {
  it('hears no start-up message, cannot switch the content script off by replaying WXT\'s event, cannot fetch our module', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.base}/listening-report.html`);
    const tabId = await tabIdOf(browser, page);
    await waitForState(browser, tabId);
    const messages: string[] = await page.evaluate(() => (window as any).__messages);
    expect(messages.filter((m) => m.includes(browser.extensionId))).toEqual([]);
    await page.evaluate((id) => {
      const name = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page' } }));
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'page' }, '*');
    }, browser.extensionId);
    await new Promise((ok) => setTimeout(ok, 1500));
    expect(await page.locator(overlay('marker')).count()).toBe(4);
    const state = await browser.sw.evaluate((tab) => chrome.tabs.sendMessage(tab, { type: 'nbc:rescan' }, { frameId: 0 }), tabId);
    expect(state.json.summary.fail).toBe(6);
    // The pipeline module is web-accessible only under the per-session dynamic id (use_dynamic_url).
    const probe = await page.evaluate((id) => fetch(`chrome-extension://${id}/pipeline.js`).then(() => 'served', () => 'refused'), browser.extensionId);
    expect(probe).toBe('refused');
    await page.close();
  });
});

describe('a setting written to storage (as the options page does)', () => {
  it('re-checks an open report page without a reload or a message', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.base}/blanks-and-quirks.html`);
    const tabId = await tabIdOf(browser, page);
    const before = await waitForState(browser, tabId);
    expect([before.blanksAsZero, before.json.assumptions.blanksAsZero]).toEqual([false, false]);
    await browser.sw.evaluate(() => chrome.storage.local.set({ blanksAsZero: true }));
    // blanks-and-quirks has blank cells in its identities: the assumption now shapes the findings.
    const after = await waitForState(browser, tabId, 0, 'report', (state) => state.blanksAsZero === true);
    expect(after.json.assumptions.blanksAsZero).toBe(true);
    await browser.sw.evaluate(() => chrome.storage.local.set({ blanksAsZero: false }));
    await page.close();
  });

  it('is how the popup\'s switch works too: it writes storage and shows the page\'s re-check', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.base}/blanks-and-quirks.html`);
    const tabId = await tabIdOf(browser, page);
    await waitForState(browser, tabId);
    const popup = await openPopup(browser, tabId);
    await popup.click('[data-testid="blanks-as-zero"]');
    await popup.waitForFunction(() => (document.querySelector('[data-testid="blanks-as-zero"]') as HTMLInputElement | null)?.checked === true);
    expect(await browser.sw.evaluate(() => chrome.storage.local.get('blanksAsZero'))).toEqual({ blanksAsZero: true });
    expect((await waitForState(browser, tabId)).json.assumptions.blanksAsZero).toBe(true);
    await browser.sw.evaluate(() => chrome.storage.local.set({ blanksAsZero: false }));
    await popup.close();
    await page.close();
  });
});

/** What the extension may have left on the page: our elements, attributes and stylesheets. */
const traces = (page: Page) =>
  page.evaluate(() => ({
    elements: [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('nbc-')).length,
    attributes: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('data-nbc'))).length,
    sheets: document.adoptedStyleSheets.length + document.querySelectorAll('style').length,
  }));

describe('updating the extension (runtime.reload) with report pages open', () => {
  // Last in the file: the reload ends this browser's service worker.
  it('leaves no mark, stylesheet or panel, also on a page still being scanned', async () => {
    const marked = await browser.context.newPage();
    await marked.goto(`${server.base}/seed-004-weibin-2024.html`);
    await waitForState(browser, await tabIdOf(browser, marked));
    expect((await traces(marked)).elements).toBeGreaterThan(0);
    const scanning = await browser.context.newPage();
    await scanning.goto(`${server.base}/hongze-2023.html`, { waitUntil: 'commit' });
    await browser.sw.evaluate(() => chrome.runtime.reload());
    await new Promise((ok) => setTimeout(ok, 3000));
    // The fixtures carry one <style> of their own; everything else was ours.
    expect(await traces(marked)).toEqual({ elements: 0, attributes: 0, sheets: 1 });
    expect(await traces(scanning)).toEqual({ elements: 0, attributes: 0, sheets: 1 });
  });
});
