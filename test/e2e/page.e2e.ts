// Behaviour on real pages in Chromium and Firefox: frames, late content, the overlay switch, re-scans, the badge;
// and in Chromium only: printing, jump-to-cell, the real toolbar popup, file:// pages.
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { type BrowserEnv, ROOT, type TestPage, evaluateInToolbarPopup, inBrowsers, openPopup, overlay, tabIdOf, waitForState, waitForTabState } from './harness';

declare const chrome: any;

const pageHtml = (page: TestPage) => page.evaluate(() => document.documentElement.outerHTML);
const countOf = (page: TestPage, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);

inBrowsers((env) => {
  describe('frames', () => {
    it('finds the report inside an iframe, and the popup shows that frame (not the banner frame)', async () => {
      const page = await env.driver.newPage();
      await page.goto(`${env.server.base}/pages/iframe-outer.html`);
      await expect.poll(() => page.countOverlay(['panel'], /iframe-inner/)).toBe(1);
      const popup = await env.driver.openPopup(await tabIdOf(env.driver, page));
      await popup.waitFor('[data-testid="agency"]');
      const shown = await popup.evaluate(() => ['agency', 'verdict'].map((id) => document.querySelector(`[data-testid="${id}"]`)!.textContent));
      // The tables hold; the short constructed text has no section 六 (warn) and nothing on last year's 整改 (review).
      expect(shown).toEqual(['某县司法局', '没有发现错误，但有无法核对的项目']);
      await popup.close();
      await page.close();
    });
  });

  describe('late content', () => {
    it('annotates a report that a script inserts after load', async () => {
      const page = await env.driver.newPage();
      await page.goto(`${env.server.base}/pages/late-injected.html`);
      const { state } = await waitForTabState(env.driver, page, 'report', (s) => s.json.page.status === 'tables');
      expect(state.json.report).toEqual({ agency: '某县司法局', year: 2023, template: '2021' });
      expect(state.json.applications.newReceived.total).toBe(2);
      await expect.poll(() => page.countOverlay(['panel'])).toBe(1);
      await page.close();
    });
  });

  describe('text a page stylesheet hides', () => {
    // Only the browser knows what a page's own stylesheet hides (src/dom/text.ts asks checkVisibility for elements
    // with a class); the command line's DOM has no stylesheets and reads such text (docs/toolchain.md, "DOMs differ").
    it('leaves out a cell\'s text hidden by a class rule, and reads it once the class is gone', async () => {
      const page = await env.driver.newPage();
      await page.goto(`${env.server.base}/pages/late-injected.html`);
      const { tabId } = await waitForTabState(env.driver, page, 'report', (s) => s.json.page.status === 'tables');
      const rescan = () => env.driver.privileged((id) => ((globalThis as any).browser ?? chrome).tabs.sendMessage(id, { type: 'nbc:rescan' }, { frameId: 0 }), tabId);
      // 行政许可's count is 88 (第二十条第（五）项); a "9" for screen readers goes into its cell, hidden by the page's CSS.
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = '.sr-only{display:none}';
        document.head.append(style);
        const cell = [...document.querySelectorAll('td')].find((td) => td.textContent === '88')!;
        cell.insertAdjacentHTML('beforeend', '<span class="sr-only">9</span>');
      });
      expect((await rescan()).json.activeDisclosure.licensing).toEqual({ decisions: 88 });
      await page.evaluate(() => void (document.querySelector('.sr-only')!.className = 'shown'));
      expect((await rescan()).json.activeDisclosure.licensing).toEqual({ decisions: 889 });
      await page.close();
    });
  });

  describe('the overlay switch', () => {
    it('turning the overlay off removes every trace: the page HTML is what it was before', async () => {
      const page = await env.driver.newPage();
      await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
      const { tabId } = await waitForTabState(env.driver, page);
      await expect.poll(() => page.countOverlay(['marker'])).toBeGreaterThan(0);
      const popup = await env.driver.openPopup(tabId);
      await popup.click('[data-testid="overlay-toggle"]');
      await expect.poll(async () => (await page.countOverlay(['marker', 'panel', 'popover'])) + (await countOf(page, '[data-nbc-outcome]'))).toBe(0);
      const after = await pageHtml(page);
      // A fresh load of the same page with the overlay off (remembered per site) gives the pristine HTML.
      const fresh = await env.driver.newPage();
      await fresh.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
      await waitForTabState(env.driver, fresh);
      expect(await fresh.countOverlay(['marker'])).toBe(0);
      expect(after).toBe(await pageHtml(fresh));
      // And back on.
      await popup.bringToFront();
      await popup.click('[data-testid="overlay-toggle"]');
      await expect.poll(() => page.countOverlay(['marker'])).toBeGreaterThan(0);
      await Promise.all([popup.close(), page.close(), fresh.close()]);
    });
  });

  describe('idempotent marking', () => {
    it('overlapping re-scans leave exactly one set of marks', async () => {
      const page = await env.driver.newPage();
      await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
      const { tabId } = await waitForTabState(env.driver, page);
      await expect.poll(() => page.countOverlay(['panel'])).toBe(1);
      const count = () => Promise.all([page.countOverlay(['marker']), page.countOverlay(['panel', 'popover'])]);
      const once = await count();
      await env.driver.privileged((id) => {
        const api = (globalThis as any).browser ?? chrome;
        return Promise.all([1, 2, 3].map(() => api.tabs.sendMessage(id, { type: 'nbc:rescan' })));
      }, tabId);
      expect(await count()).toEqual(once);
      // Markers: （七）总计 自然人/商业企业/总计 (handled-total and balance share them) and 一 自然人 (the prose warning).
      expect(once).toEqual([4, 1]); // and one panel (the popover is made at the first click on a marker)
      await page.close();
    });
  });

  describe('toolbar badge', () => {
    it('shows the number of failures, ✓ for a passing report, nothing elsewhere', async () => {
      const page = await env.driver.newPage();
      const badge = async () =>
        env.driver.privileged((id) => {
          const api = (globalThis as any).browser ?? chrome;
          return api.action.getBadgeText({ tabId: id });
        }, await tabIdOf(env.driver, page));
      await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
      await expect.poll(badge).toBe('6');
      await page.goto(`${env.server.base}/pages/huaian-city-2024.html`);
      await expect.poll(badge).toBe('✓');
      await page.goto(`${env.server.base}/pages/negative-news.html`);
      await expect.poll(badge).toBe('');
      await page.close();
    });
  });

  if (env.name === 'chromium') chromiumOnly(env);
});

/** What only Playwright's Chromium lets a test do: emulate print media, reach the toolbar popup over CDP. */
function chromiumOnly(env: BrowserEnv): void {
  describe('printing', () => {
    it('prints the page without any mark', async () => {
      const page = await env.driver.chromium!.context.newPage();
      await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
      await waitForState(env.driver.chromium!, await tabIdOf(env.driver.chromium!, page));
      const marked = page.locator('[data-nbc-outcome="fail"]').first();
      await marked.waitFor({ state: 'attached' });
      expect(await marked.evaluate((td) => getComputedStyle(td).outlineStyle)).toBe('solid');
      await page.emulateMedia({ media: 'print' });
      expect(await marked.evaluate((td) => getComputedStyle(td).outlineStyle)).toBe('none');
      const displays = await page.locator(overlay('marker', 'panel')).evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).display))]);
      expect(displays).toEqual(['none']);
      await page.close();
    });
  });

  describe('jump to cell', () => {
    it('scrolls the page to the cell and focuses its marker', async () => {
      const page = await env.driver.chromium!.context.newPage();
      await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
      const tabId = await tabIdOf(env.driver.chromium!, page);
      await waitForState(env.driver.chromium!, tabId);
      await page.waitForSelector(overlay('marker'), { state: 'attached' });
      expect(await page.evaluate(() => scrollY)).toBe(0);
      const popup = await openPopup(env.driver.chromium!, tabId);
      await popup.locator('[data-testid="finding"]').nth(2).click(); // （七）总计（总计）
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
      const focused = await page.evaluate(() => {
        const active = document.activeElement;
        return active?.tagName.startsWith('NBC-MARKER-') ? active.parentElement?.textContent?.trim() : null;
      });
      expect(focused).toBe('0');
      expect(await page.evaluate(() => document.activeElement?.closest('td')?.hasAttribute('data-nbc-flash'))).toBe(true);
      await Promise.all([popup.close(), page.close()]);
    });
  });

  describe('the real toolbar popup', () => {
    it('opens from the toolbar for the active tab and shows its report', async () => {
      const page = await env.driver.chromium!.context.newPage();
      await page.goto(`${env.server.base}/pages/hongze-2023.html`);
      await waitForState(env.driver.chromium!, await tabIdOf(env.driver.chromium!, page));
      const shown = await evaluateInToolbarPopup(
        env.driver.chromium!,
        page,
        `(() => { const a = document.querySelector('[data-testid="agency"]'); return a && [a.textContent, document.querySelector('[data-testid="verdict"]').textContent]; })()`,
      );
      expect(shown).toEqual(['洪泽区人民政府', '发现 2 处错误']);
      await page.close();
    });
  });

  describe('file:// pages', () => {
    it('reads a report saved as a local file', async () => {
      const page = await env.driver.chromium!.context.newPage();
      await page.goto(pathToFileURL(join(ROOT, 'test/fixtures/pages/hongze-2024.html')).href);
      const state = await waitForState(env.driver.chromium!, await tabIdOf(env.driver.chromium!, page));
      expect(state.json.report).toEqual({ agency: '淮安市洪泽区人民政府', year: 2024, template: 'mixed' });
      await page.close();
    });
  });
}
