// Pages the extension does not control: it keeps working (or says why not) and never touches the network.
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE, inShadowRoots, openPopup, overlay, tabIdOf, useBrowser, waitForState } from './harness';

const env = useBrowser();
const requests: string[] = [];
beforeAll(() => env.browser.context.on('request', (request) => requests.push(request.url())));

describe.each(Object.keys(HOSTILE))('a page with %s', (variant) => {
  it('still gets its report read, checked and marked', async () => {
    const page = await env.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${env.server.base}/hostile/${variant}/seed-004-weibin-2024.html`);
    const tabId = await tabIdOf(env.browser, page);
    const state = await waitForState(env.browser, tabId);
    expect(state.json.summary.fail).toBe(6);
    expect(state.json.applications.totalHandled.naturalPerson).toBe(0);
    if (variant !== 'remover') {
      // The marker is styled by its own shadow-root stylesheet even under a CSP that forbids the page's styles.
      await page.locator(overlay('marker')).first().waitFor({ state: 'attached' });
      const [radius] = await inShadowRoots<string>(page, 'marker', 'function () { return getComputedStyle(this.querySelector("button")).borderTopLeftRadius; }');
      expect(radius).toBe('7px');
    }
    const popup = await openPopup(env.browser, tabId);
    expect(await popup.textContent('[data-testid="count-fail"]')).toContain('6');
    await popup.close();
    expect(errors.filter((e) => !e.startsWith('page broke'))).toEqual([]);
    await page.close();
  });
});

describe('the network', () => {
  it('sees no request from the extension: every request went to the fixture server or the extension itself', () => {
    expect(requests.length).toBeGreaterThan(0);
    // The pipeline module is fetched from the extension under its per-session dynamic id (use_dynamic_url).
    const ownFile = (url: string) => url.startsWith(`chrome-extension://${env.browser.extensionId}/`) || /^chrome-extension:\/\/[0-9a-f-]{36}\/pipeline\.js$/.test(url);
    const foreign = requests.filter((url) => !url.startsWith(env.server.base) && !ownFile(url));
    expect(foreign).toEqual([]);
  });
});
