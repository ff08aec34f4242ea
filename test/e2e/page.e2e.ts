// Behaviour on real pages in Chromium: frames, late content, the overlay switch, jump-to-cell, badge, real popup.
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ROOT, evaluateInToolbarPopup, openPopup, tabIdOf, useBrowser, waitForState } from './harness';

declare const chrome: any;
const env = useBrowser();

const pageHtml = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.outerHTML);

describe('frames', () => {
  it('finds the report inside an iframe, and the popup shows that frame (not the banner frame)', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/iframe-outer.html`);
    const frame = page.frame({ url: /iframe-inner/ })!;
    await frame.waitForSelector('nbc-panel', { state: 'attached' });
    const tabId = await tabIdOf(env.browser, page);
    const popup = await openPopup(env.browser, tabId);
    await popup.waitForSelector('[data-testid="agency"]');
    expect(await popup.textContent('[data-testid="agency"]')).toBe('某县司法局');
    // The tables hold; the short constructed text has no section 六 (warn) and nothing on last year's 整改 (review).
    expect(await popup.textContent('[data-testid="verdict"]')).toBe('没有发现错误，但有无法核对的项目');
    await popup.close();
    await page.close();
  });
});

describe('late content', () => {
  it('annotates a report that a script inserts after load', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/late-injected.html`);
    const tabId = await tabIdOf(env.browser, page);
    const state = await waitForState(env.browser, tabId, 0, 'report', (s) => s.json.page.status === 'tables');
    expect(state.json.report).toEqual({ agency: '某县司法局', year: 2023, template: '2021' });
    expect(state.json.applications.newReceived.total).toBe(2);
    expect(await page.locator('nbc-panel').count()).toBe(1);
    await page.close();
  });
});

describe('the overlay switch', () => {
  it('turning the overlay off removes every trace: the page HTML is what it was before', async () => {
    // The page as served, read with the extension's marks not yet applied: from a second tab with the site off.
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    const tabId = await tabIdOf(env.browser, page);
    await waitForState(env.browser, tabId);
    await page.waitForSelector('nbc-marker', { state: 'attached' });
    const popup = await openPopup(env.browser, tabId);
    await popup.click('[data-testid="overlay-toggle"]');
    await expect.poll(() => page.locator('nbc-marker, nbc-panel, nbc-popover, [data-nbc-outcome]').count()).toBe(0);
    const after = await pageHtml(page);
    // A fresh load of the same page with the overlay off (remembered per site) gives the pristine HTML.
    const fresh = await env.browser.context.newPage();
    await fresh.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    await waitForState(env.browser, await tabIdOf(env.browser, fresh));
    expect(await fresh.locator('nbc-marker').count()).toBe(0);
    expect(after).toBe(await pageHtml(fresh));
    // And back on.
    await popup.bringToFront();
    await popup.click('[data-testid="overlay-toggle"]');
    await expect.poll(() => page.locator('nbc-marker').count()).toBeGreaterThan(0);
    await Promise.all([popup.close(), page.close(), fresh.close()]);
  });
});

describe('idempotent marking', () => {
  it('overlapping re-scans leave exactly one set of marks', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    const tabId = await tabIdOf(env.browser, page);
    await waitForState(env.browser, tabId);
    await page.locator('nbc-panel').waitFor({ state: 'attached' });
    const count = () => page.evaluate(() => [document.querySelectorAll('nbc-marker').length, document.querySelectorAll('nbc-panel, nbc-popover').length]);
    const once = await count();
    await env.browser.sw.evaluate((id: number) => Promise.all([1, 2, 3].map(() => chrome.tabs.sendMessage(id, { type: 'nbc:rescan' }))), tabId);
    expect(await count()).toEqual(once);
    // Markers: （七）总计 自然人/商业企业/总计 (handled-total and balance share them) and 一 自然人 (the prose warning).
    expect(once).toEqual([4, 2]); // and one panel, one popover
    await page.close();
  });
});

describe('printing', () => {
  it('prints the page without any mark', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    await waitForState(env.browser, await tabIdOf(env.browser, page));
    const marked = page.locator('[data-nbc-outcome="fail"]').first();
    await marked.waitFor({ state: 'attached' });
    expect(await marked.evaluate((td) => getComputedStyle(td).outlineStyle)).toBe('solid');
    await page.emulateMedia({ media: 'print' });
    expect(await marked.evaluate((td) => getComputedStyle(td).outlineStyle)).toBe('none');
    const displays = await page.locator('nbc-marker, nbc-panel').evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).display))]);
    expect(displays).toEqual(['none']);
    await page.close();
  });
});

describe('jump to cell', () => {
  it('scrolls the page to the cell and focuses its marker', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    const tabId = await tabIdOf(env.browser, page);
    await waitForState(env.browser, tabId);
    await page.waitForSelector('nbc-marker', { state: 'attached' });
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const popup = await openPopup(env.browser, tabId);
    await popup.locator('[data-testid="finding"]').nth(2).click(); // （七）总计（总计）
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      return active?.tagName === 'NBC-MARKER' ? active.parentElement?.textContent?.trim() : null;
    });
    expect(focused).toBe('0');
    expect(await page.evaluate(() => document.activeElement?.closest('td')?.hasAttribute('data-nbc-flash'))).toBe(true);
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('toolbar badge and the real popup', () => {
  it('shows the number of failures, ✓ for a passing report, nothing elsewhere', async () => {
    const page = await env.browser.context.newPage();
    const badge = async () => {
      const tabId = await tabIdOf(env.browser, page);
      return env.browser.sw.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    };
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    await expect.poll(badge).toBe('6');
    await page.goto(`${env.server.base}/pages/huaian-city-2024.html`);
    await expect.poll(badge).toBe('✓');
    await page.goto(`${env.server.base}/pages/negative-news.html`);
    await expect.poll(badge).toBe('');
    await page.close();
  });

  it('opens from the toolbar for the active tab and shows its report', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/hongze-2023.html`);
    await waitForState(env.browser, await tabIdOf(env.browser, page));
    const shown = await evaluateInToolbarPopup(
      env.browser,
      page,
      `(() => { const a = document.querySelector('[data-testid="agency"]'); return a && [a.textContent, document.querySelector('[data-testid="verdict"]').textContent]; })()`,
    );
    expect(shown).toEqual(['洪泽区人民政府', '发现 2 处错误']);
    await page.close();
  });
});

describe('file:// pages', () => {
  it('reads a report saved as a local file', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(pathToFileURL(join(ROOT, 'test/fixtures/pages/hongze-2024.html')).href);
    const state = await waitForState(env.browser, await tabIdOf(env.browser, page));
    expect(state.json.report).toEqual({ agency: '淮安市洪泽区人民政府', year: 2024, template: 'mixed' });
    await page.close();
  });
});
