// Prose findings on a real page in Chromium: the sentence of seed 004's 自然人 4-vs-3 warning is painted with the
// CSS Custom Highlight API (no node of the page changes), the popup jumps to it, and switching the overlay off
// removes the highlight.
import { describe, expect, it } from 'vitest';
import { openPopup, overlay, tabIdOf, useBrowser, waitForState } from './harness';

const env = useBrowser();

/** The text of each registered nbc-sentence-* highlight, by name (CSS.highlights is per document, seen from any world). */
const highlighted = (page: import('playwright-core').Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...(CSS as unknown as { highlights: Map<string, { forEach(f: (r: Range) => void): void }> }).highlights].map(([name, highlight]) => {
        const texts: string[] = [];
        highlight.forEach((range) => texts.push(range.toString().replace(/\s/g, '')));
        return [name, texts];
      }),
    ),
  );

/** How many ::highlight(nbc-sentence-…) rules the page's adopted stylesheets hold (outside @media print). */
const highlightRules = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule) => /^::highlight\(nbc-sentence-/.test(rule.cssText)).length);

describe('sentence marks', () => {
  it('highlights the sentence of a prose warning, jumps to it from the popup, and leaves no trace when switched off', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    const tabId = await tabIdOf(env.browser, page);
    await waitForState(env.browser, tabId);
    await page.waitForSelector(overlay('marker'), { state: 'attached' });
    const marks = await highlighted(page);
    expect(Object.keys(marks)).toEqual(['nbc-sentence-warn']);
    expect(marks['nbc-sentence-warn']).toEqual(['2024年度,区政府办新收到自然人提交的信息公开申请4件,其中3件依法依规答复公开,1件属不掌握相关政府信息原因无法提供,已按规定向申请人作出说明。']);
    // The highlight is painted, not inserted: no fallback outline on the paragraph; its colours were added to our
    // stylesheet with it.
    expect(await page.locator('[data-nbc-sentence]').count()).toBe(0);
    expect(await highlightRules(page)).toBe(4);

    const popup = await openPopup(env.browser, tabId);
    await popup.locator('[data-testid="finding"][data-rule="narrative.applicants"]').click();
    await expect.poll(async () => Object.keys(await highlighted(page))).toContain('nbc-sentence-flash');

    await popup.click('[data-testid="overlay-toggle"]');
    await expect.poll(async () => Object.keys(await highlighted(page))).toEqual([]);
    await popup.click('[data-testid="overlay-toggle"]');
    await Promise.all([popup.close(), page.close()]);
  });

  it('adds no highlight rules to a marked page without a sentence to mark (they make the browser restyle the whole page)', async () => {
    const page = await env.browser.context.newPage();
    // 洪泽 2023: findings on the tables, none on the prose.
    await page.goto(`${env.server.base}/pages/hongze-2023.html`);
    await waitForState(env.browser, await tabIdOf(env.browser, page));
    await page.waitForSelector(overlay('marker'), { state: 'attached' });
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    expect(await highlightRules(page)).toBe(0);
    expect(await highlighted(page)).toEqual({});
    await page.close();
  });
});
