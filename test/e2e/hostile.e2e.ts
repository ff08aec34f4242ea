// Pages the extension does not control: it keeps working (or says why not) and never touches the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, launch, openPopup, serveFixtures, tabIdOf, waitForState, type Browser, type Served } from './harness';

let browser: Browser;
let server: Served;
const requests: string[] = [];
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serveFixtures()]);
  browser.context.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(Object.keys(HOSTILE))('a page with %s', (variant) => {
  it('still gets its report read, checked and marked', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.base}/hostile/${variant}/seed-004-weibin-2024.html`);
    const tabId = await tabIdOf(browser, page);
    const state = await waitForState(browser, tabId);
    expect(state.json.summary.fail).toBe(6);
    expect(state.json.applications.totalHandled.naturalPerson).toBe(0);
    if (variant !== 'remover') {
      // The marker is styled by its own shadow-root stylesheet even under a CSP that forbids the page's styles.
      const radius = await page.locator('nbc-marker button').first().evaluate((b) => getComputedStyle(b).borderTopLeftRadius);
      expect(radius).toBe('7px');
    }
    const popup = await openPopup(browser, tabId);
    expect(await popup.textContent('[data-testid="count-fail"]')).toContain('6');
    await popup.close();
    expect(errors.filter((e) => !e.startsWith('page broke'))).toEqual([]);
    await page.close();
  });
});

describe('the network', () => {
  it('sees no request from the extension: every request went to the fixture server or the extension itself', () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((url) => !url.startsWith(server.base) && !url.startsWith(`chrome-extension://${browser.extensionId}/`));
    expect(foreign).toEqual([]);
  });
});
