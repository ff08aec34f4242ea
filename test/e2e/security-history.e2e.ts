// Issue 17 in Chromium: frames of another site neither save to nor read the history, four report frames of one
// page are all recorded every time, and page script can neither break nor read our marks.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { overlay, ROOT, tabIdOf, useBrowser, waitForState } from './harness';

declare const chrome: any;
const env = useBrowser();

/** Serves `html` at `url` (any host: the page may claim another site than the fixture server's). */
async function pageAt(url: string, html: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
  return page;
}
const framesPage = (sources: string[]) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>信息公开</title></head><body>${sources.map((src) => `<iframe src="${src}" width="900" height="300"></iframe>`).join('')}</body></html>`;

const historyKeys = (): Promise<string[]> => env.browser.sw.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('history:')).sort());
const clearStorage = () => env.browser.sw.evaluate(() => chrome.storage.local.clear());
/** The frames the background heard from in this tab (each nbc:frame message records one, after its save). */
const framesHeard = (tabId: number): Promise<string[]> =>
  env.browser.sw.evaluate(async (id: number) => {
    // The frame registry keeps one storage.session key per frame: `frame:<tab>:<frame>` (src/background/tabs.ts).
    const prefix = `frame:${id}:`;
    return Object.keys(await chrome.storage.session.get(null)).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  }, tabId);
/** How the test server's address reads in stored history keys (no query, no fragment). */
const stored = (year: number, path: string) => `history:${year}|${env.server.base}${path}`;

describe('a report framed by another site', () => {
  it('is checked, but neither saved nor given last year; the same report framed by its own site is saved', async () => {
    await clearStorage();
    // Own site: the outer page on the fixture server's host.
    const own = await pageAt(`${env.server.base}/security/own-frame.html`, framesPage(['/pages/hongze-2023.html']));
    await expect.poll(historyKeys, { timeout: 10_000 }).toEqual([stored(2023, '/pages/hongze-2023.html')]);
    await own.close();

    // Another site ("localhost" is not "127.0.0.1") frames the 2024 report: it is marked, but nothing is saved, and
    // last year's report (saved above) is not consulted.
    const port = new URL(env.server.base).port;
    const framed = `${env.server.base}/pages/hongze-2024.html?session=1`;
    const foreign = await env.browser.context.newPage();
    // Both served by the test itself: Chromium refuses a frame from the loopback server inside a page that did not
    // come from the network (Private Network Access).
    await foreign.route(framed, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', path: join(ROOT, 'test/fixtures/pages/hongze-2024.html') }));
    await foreign.route(`http://localhost:${port}/security/foreign-frame.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: framesPage([framed]) }));
    await foreign.goto(`http://localhost:${port}/security/foreign-frame.html`);
    const tabId = await tabIdOf(env.browser, foreign);
    // A cross-site frame runs in its own process: Playwright lists it once it has attached.
    await expect.poll(() => foreign.frame({ url: /hongze-2024/ }) !== null, { timeout: 10_000 }).toBe(true);
    await foreign.frame({ url: /hongze-2024/ })!.waitForSelector(overlay('panel'), { state: 'attached' });
    await expect.poll(async () => (await framesHeard(tabId)).length, { timeout: 10_000 }).toBe(1);
    expect(await historyKeys()).toEqual([stored(2023, '/pages/hongze-2023.html')]);
    const state = await waitForState(env.browser, tabId, Number((await framesHeard(tabId))[0]));
    expect(state.json.report).toEqual({ agency: '淮安市洪泽区人民政府', year: 2024, template: 'mixed' });
    expect(state.crossYear.previous).toBeNull();
    await foreign.close();
  });
});

describe('four report frames in one page', () => {
  it('records all four, every time, in ten runs', async () => {
    const reports = ['hongze-2023', 'hongze-2024', 'huaian-city-2024', 'seed-004-weibin-2024'];
    const expected = [stored(2023, '/pages/hongze-2023.html'), stored(2024, '/pages/hongze-2024.html'), stored(2024, '/pages/huaian-city-2024.html'), stored(2024, '/pages/seed-004-weibin-2024.html')].sort();
    for (let run = 0; run < 10; run++) {
      await clearStorage();
      const page = await pageAt(`${env.server.base}/security/four-frames.html`, framesPage(reports.map((name) => `/pages/${name}.html`)));
      await expect.poll(historyKeys, { timeout: 15_000 }).toEqual(expected);
      await page.close();
    }
  });
});

describe('page script against our marks', () => {
  it('a page that defines nbc-marker/nbc-popover/nbc-panel first is still marked, and cannot read the marks', async () => {
    const page = await env.browser.context.newPage();
    await page.addInitScript(() => {
      for (const name of ['nbc-marker', 'nbc-popover', 'nbc-panel']) {
        customElements.define(name, class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }); } });
      }
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    const tabId = await tabIdOf(env.browser, page);
    await waitForState(env.browser, tabId);
    await expect.poll(() => page.locator(overlay('marker')).count()).toBe(4);
    // A reader opens a finding: the popover is made at that first click, and holds a message too.
    await page.locator(overlay('marker')).nth(1).click();
    await expect.poll(() => page.locator(overlay('popover')).count()).toBe(1);
    // What page script sees: hosts without a reachable shadow root and no finding text anywhere in its DOM.
    const seen = await page.evaluate(() => {
      const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('nbc-'));
      return { hosts: hosts.length, open: hosts.filter((host) => host.shadowRoot !== null).length, text: document.documentElement.textContent!.includes('相差') };
    });
    expect(seen).toEqual({ hosts: 6, open: 0, text: false });
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    // Rescans draw anew each time without leaving a stylesheet behind.
    await env.browser.sw.evaluate((id: number) => Promise.all([1, 2, 3].map(() => chrome.tabs.sendMessage(id, { type: 'nbc:rescan' }))), tabId);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page that copied its marked table keeps none of our attributes once the marks are switched off', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    const tabId = await tabIdOf(env.browser, page);
    await waitForState(env.browser, tabId);
    await page.locator('[data-nbc-outcome]').first().waitFor({ state: 'attached' });
    const copied = await page.evaluate(() => {
      const copy = document.querySelectorAll('table')[1]!.cloneNode(true) as HTMLElement;
      document.body.append(copy);
      return copy.querySelectorAll('[data-nbc-outcome]').length;
    });
    expect(copied).toBeGreaterThan(0);
    // The overlay switch is a setting in storage (the popup writes it; the page re-checks by itself).
    const overlayOn = (on: boolean) => env.browser.sw.evaluate(([origin, value]) => chrome.storage.local.set({ overlaySites: { [origin as string]: value } }), [new URL(env.server.base).origin, on] as const);
    await overlayOn(false);
    await expect.poll(() => page.locator('[data-nbc-outcome], [data-nbc-related], [data-nbc-flash]').count()).toBe(0);
    // The switch is remembered for the site: back on for the tests that follow.
    await overlayOn(true);
    await page.close();
  });
});
