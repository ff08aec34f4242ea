// The built extension in real Chromium: content script on served pages, badges on the right cells, the popup
// for a tab, the copied JSON, and every fixture read to the same hand-worked values as in the node tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractTables, fixtureExpected, fixtureNames } from '../unit/fixtures';
import { openPopup, tabIdOf, useBrowser, waitForState } from './harness';

const env = useBrowser();

describe('every fixture in Chromium', () => {
  it.each(fixtureNames())('%s extracts the hand-worked values', async (name) => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/${name}.html`);
    const expected = fixtureExpected(name);
    const state = await waitForState(env.browser, await tabIdOf(env.browser, page), 0, expected.report ? 'report' : 'none');
    await page.close();
    if (!expected.report) return;
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
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    await waitForState(env.browser, await tabIdOf(env.browser, page));
    // Row （七）总计 is the 24th body row of table 三: its 自然人, 商业企业 and 总计 cells hold the wrong zeros.
    const totalRow = page.locator('table').nth(1).locator('tr', { hasText: '（七）总计' });
    const cells = totalRow.locator('td');
    await expect.poll(() => cells.nth(1).getAttribute('data-nbc-outcome')).toBe('fail');
    expect(await cells.nth(2).getAttribute('data-nbc-outcome')).toBe('fail');
    expect(await cells.nth(3).getAttribute('data-nbc-outcome')).toBeNull(); // 科研机构: 0 = 0, nothing wrong
    expect(await cells.nth(7).getAttribute('data-nbc-outcome')).toBe('fail');
    const marker = cells.nth(1).locator('nbc-marker button');
    const label = await marker.getAttribute('aria-label');
    expect(label).toContain('（七）总计（自然人）填为 0，但其组成项之和为 3');
    await marker.click();
    await expect.poll(() => page.locator('nbc-popover .message').first().textContent()).toContain('相差 3');
    await page.close();
  });

  it('shows the summary in the popup and copies exactly the contract JSON', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    const tabId = await tabIdOf(env.browser, page);
    const state = await waitForState(env.browser, tabId);
    const popup = await openPopup(env.browser, tabId);
    expect(await popup.textContent('[data-testid="agency"]')).toBe('渭滨区人民政府办公室');
    expect(await popup.textContent('[data-testid="count-fail"]')).toContain('6');
    expect(await popup.textContent('[data-testid="count-warn"]')).toContain('1');
    // 6 identity failures, the 自然人 4-vs-3 warning, report.improvements (review).
    expect(await popup.locator('[data-testid="finding"]').count()).toBe(8);
    await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.click('[data-testid="copy-json"]');
    await popup.waitForSelector('[data-testid="notice"].ok');
    const copied = JSON.parse(await popup.evaluate(() => navigator.clipboard.readText()));
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

describe('downloads from the popup', () => {
  it('saves the tables as CSV with a BOM (Excel/WPS read it as UTF-8) and the JSON as the contract', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/hongze-2023.html`);
    const tabId = await tabIdOf(env.browser, page);
    const state = await waitForState(env.browser, tabId);
    const popup = await openPopup(env.browser, tabId);
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

describe('pages that are not reports', () => {
  it('runs on an ordinary page and finds nothing', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/negative-news.html`);
    const tabId = await tabIdOf(env.browser, page);
    const state = await waitForState(env.browser, tabId, 0, 'none');
    expect(state.kind).toBe('none');
    expect(await page.locator('[data-nbc-outcome], nbc-marker, nbc-panel').count()).toBe(0);
    const popup = await openPopup(env.browser, tabId);
    expect(await popup.isVisible('[data-testid="no-report"]')).toBe(true);
    await popup.close();
    await page.close();
  });
});

