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

/** Pixels of the warn highlight's colour (rgba(251,188,4,.4) on white) in the box of the highlighted sentence's first
 *  line, read back from a screenshot: the highlight is painted, not only registered. */
async function warnPixels(page: import('playwright-core').Page): Promise<number> {
  const box = await page.evaluate(() => {
    let first: Range | undefined;
    (CSS as unknown as { highlights: Map<string, { forEach(f: (r: Range) => void): void }> }).highlights.get('nbc-sentence-warn')!.forEach((range) => (first ??= range));
    first!.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const { x, y, width, height } = first!.getClientRects()[0]!;
    return { x, y, width, height };
  });
  const png = (await page.screenshot({ clip: box })).toString('base64');
  return page.evaluate(async (data) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) if (Math.abs(pixels[i]! - 253) < 8 && Math.abs(pixels[i + 1]! - 228) < 10 && Math.abs(pixels[i + 2]! - 155) < 14) count++;
    return count;
  }, png);
}

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
    // The highlight is painted: no fallback outline on the paragraph, and its colour is on the screen (its rules
    // apply only to the elements holding the sentence's text, marked by an attribute).
    expect(await page.locator('[data-nbc-sentence]').count()).toBe(0);
    expect(await page.locator('[data-nbc-highlight]').count()).toBeGreaterThan(0);
    expect(await warnPixels(page)).toBeGreaterThan(100);

    const popup = await openPopup(env.browser, tabId);
    await popup.locator('[data-testid="finding"][data-rule="narrative.applicants"]').click();
    await expect.poll(async () => Object.keys(await highlighted(page))).toContain('nbc-sentence-flash');

    await popup.click('[data-testid="overlay-toggle"]');
    await expect.poll(async () => Object.keys(await highlighted(page))).toEqual([]);
    await popup.click('[data-testid="overlay-toggle"]');
    await Promise.all([popup.close(), page.close()]);
  });

  it('marks no element for highlights on a page without a sentence to mark', async () => {
    const page = await env.browser.context.newPage();
    // 洪泽 2023: findings on the tables, none on the prose.
    await page.goto(`${env.server.base}/pages/hongze-2023.html`);
    await waitForState(env.browser, await tabIdOf(env.browser, page));
    await page.waitForSelector(overlay('marker'), { state: 'attached' });
    expect(await highlighted(page)).toEqual({});
    expect(await page.locator('[data-nbc-highlight]').count()).toBe(0);
    await page.close();
  });
});
