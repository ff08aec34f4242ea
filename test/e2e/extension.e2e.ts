// The built extension in real Chromium and Firefox: content script on served pages, badges on the right cells, the
// popup for a tab, the copied JSON, and every fixture read to the same hand-worked values as in the node tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractTables, fixtureExpected, fixtureNames } from '../unit/fixtures';
import { type BrowserEnv, inBrowsers, openPopup, tabIdOf, waitForNoReport, waitForState, waitForTabState } from './harness';

inBrowsers((env) => {
  describe('every fixture', () => {
    it.each(fixtureNames())('%s extracts the hand-worked values', async (name) => {
      const page = await env.driver.newPage();
      await page.goto(`${env.server.base}/pages/${name}.html`);
      const expected = fixtureExpected(name);
      if (!expected.report) {
        await waitForNoReport(env.driver, page);
        await page.close();
        return;
      }
      const { state } = await waitForTabState(env.driver, page);
      await page.close();
      expect(state.json.report).toEqual(expected.report);
      expect(state.json.page.status).toBe(expected.status);
      const tables = contractTables(expected);
      expect(state.json.activeDisclosure).toEqual(tables.activeDisclosure);
      expect(state.json.applications).toEqual(tables.applications);
      expect(state.json.reviewLitigation).toEqual(tables.reviewLitigation);
      const findings = state.json.findings.map((f: any) => `${f.rule} ${f.scope} ${f.outcome}`).sort();
      expect(findings).toEqual(expected.findings.map((f) => `${f.rule} ${f.scope} ${f.outcome}`).sort());
    });
  });

  describe('seed 004 (渭滨区 2024, （七）总计 left at 0)', () => {
    it('marks the failing cells and puts a marker with the message on （七）总计', async () => {
      const page = await env.driver.newPage();
      await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
      await waitForTabState(env.driver, page);
      await page.waitFor('[data-nbc-outcome]');
      // Row （七）总计 of table 三: its 自然人, 商业企业 and 总计 cells hold the wrong zeros; 科研机构 (0 = 0) is right.
      const outcomes = await page.evaluate(() => {
        const row = [...document.querySelectorAll('table')[1]!.querySelectorAll('tr')].find((tr) => tr.textContent!.includes('（七）总计'))!;
        return [...row.querySelectorAll('td')].map((td) => td.getAttribute('data-nbc-outcome'));
      });
      expect(outcomes.slice(1, 8)).toEqual(['fail', 'fail', null, null, null, null, 'fail']);
      // The markers' words live in their shadow roots, read in document order; 一 自然人's (the prose warning) is first.
      const labels = await page.inShadowRoots<string>('marker', 'function () { return this.querySelector("button").getAttribute("aria-label"); }');
      expect(labels).toHaveLength(4);
      expect(labels[1]).toContain('（七）总计（自然人）填为 0，但其组成项之和为 3');
      await page.clickOverlay('marker', 1);
      const messages = () => page.inShadowRoots<string>('popover', 'function () { return this.querySelector(".message")?.textContent ?? ""; }');
      await expect.poll(async () => (await messages())[0]).toContain('相差 3');
      await page.close();
    });

    it('shows the summary in the popup and copies exactly the contract JSON', async () => {
      const page = await env.driver.newPage();
      await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
      const { tabId, state } = await waitForTabState(env.driver, page);
      const popup = await env.driver.openPopup(tabId);
      const text = (selector: string) => popup.evaluate((s) => document.querySelector(s)?.textContent, selector);
      expect(await text('[data-testid="agency"]')).toBe('渭滨区人民政府办公室');
      expect(await text('[data-testid="count-fail"]')).toContain('6');
      expect(await text('[data-testid="count-warn"]')).toContain('1');
      // 6 identity failures, the 自然人 4-vs-3 warning, report.improvements (review).
      expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="finding"]').length)).toBe(8);
      await popup.click('[data-testid="copy-json"]');
      await popup.waitFor('[data-testid="notice"].ok');
      const copied = JSON.parse(await env.driver.readClipboard(popup));
      const expected = fixtureExpected('seed-004-weibin-2024');
      expect(copied.schemaVersion).toBe(1);
      expect(copied.report).toEqual(expected.report);
      expect(copied.applications).toEqual(contractTables(expected).applications);
      expect(copied.summary.fail).toBe(6);
      expect(copied).toEqual(state.json);
      await popup.close();
      await page.close();
    });
  });

  describe('pages that are not reports', () => {
    it('runs on an ordinary page, finds nothing and leaves it untouched', async () => {
      const page = await env.driver.newPage();
      await page.goto(`${env.server.base}/pages/negative-news.html`);
      // The detector said no, so the frame never loaded the pipeline nor listens (src/content/detector.ts).
      const { tabId, state } = await waitForNoReport(env.driver, page);
      expect(state).toBeUndefined();
      // The live DOM equals the served HTML parsed afresh (the page has no script of its own that could change it).
      const [live, served] = await page.evaluate(async () => [
        document.documentElement.outerHTML,
        new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').documentElement.outerHTML,
      ]);
      expect(live).toBe(served);
      expect(await page.evaluate(() => document.querySelectorAll('[data-nbc-outcome]').length)).toBe(0);
      expect(await page.countOverlay(['marker', 'panel', 'popover'])).toBe(0);
      const popup = await env.driver.openPopup(tabId);
      expect(await popup.evaluate(() => document.querySelector('[data-testid="no-report"]') !== null)).toBe(true);
      // A silent frame may also be a page opened before the extension: the popup says how to tell.
      expect(await popup.evaluate(() => document.querySelector('[data-testid="reload-hint"]') !== null)).toBe(true);
      await popup.close();
      await page.close();
    });
  });

  if (env.name === 'chromium') chromiumOnly(env);
});

/** What only Playwright's Chromium exposes to a test: downloads. */
function chromiumOnly(env: BrowserEnv): void {
  describe('downloads from the popup', () => {
    it('saves the tables as CSV with a BOM (Excel/WPS read it as UTF-8) and the JSON as the contract', async () => {
      const page = await env.driver.chromium!.context.newPage();
      await page.goto(`${env.server.base}/pages/hongze-2023.html`);
      const tabId = await tabIdOf(env.driver.chromium!, page);
      const state = await waitForState(env.driver.chromium!, tabId);
      const popup = await openPopup(env.driver.chromium!, tabId);
      const [csv] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-testid="download-csv"]')]);
      expect(csv.suggestedFilename()).toBe('洪泽区人民政府-2023.csv');
      const text = readFileSync((await csv.path())!, 'utf8');
      expect(text.startsWith('\ufeff表二（主动公开）')).toBe(true);
      expect(text).toContain('\r\n行政复议,10,1,0,0,0\r\n');
      const [json] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-testid="download-json"]')]);
      expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toEqual(state.json);
      await popup.close();
      await page.close();
    });
  });
}
