// Remembering reports across visits: 洪泽区 2023 then 2024 enables the cross-year checks; importing an exported
// JSON does the same without visiting; the options page lists what is stored.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import weibin2023 from '../fixtures/cross-year/weibin-2023.json';
import { exportedReport } from '../unit/fixtures';
import { openPopup, tabIdOf, useBrowser, waitForState } from './harness';

const env = useBrowser();

describe('two reports of one agency, visited in sequence', () => {
  it('checks 2024 against the remembered 2023 report', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/hongze-2024.html`);
    const before = await waitForState(env.browser, await tabIdOf(env.browser, page));
    expect(before.crossYear).toEqual({ previous: null, wanted: { agency: '淮安市洪泽区人民政府', year: 2023 } });

    await page.goto(`${env.server.base}/pages/hongze-2023.html`);
    await waitForState(env.browser, await tabIdOf(env.browser, page), 0, 'report', (s) => s.json.report.year === 2023);
    await page.goto(`${env.server.base}/pages/hongze-2024.html`);
    const tabId = await tabIdOf(env.browser, page);
    const after = await waitForState(env.browser, tabId, 0, 'report', (s) => s.crossYear.previous !== null);
    expect(after.crossYear.previous).toEqual({ agency: '洪泽区人民政府', year: 2023, url: `${env.server.base}/pages/hongze-2023.html` });
    // carry 0 → 0 (7 columns), 现行有效 0 + 0 − 0 = 0, 5 + 3 − 0 = 8, and table 三 not last year's copy (95 vs 21
    // received): ten more passes, no new finding.
    expect(after.json.summary.pass - before.json.summary.pass).toBe(10);
    expect(after.json.findings.map((f: { rule: string }) => f.rule)).toEqual(['narrative.received', 'report.improvements']);
    const popup = await openPopup(env.browser, tabId);
    expect(await popup.textContent('[data-testid="cross-year"]')).toContain('已与本地保存的 洪泽区人民政府 2023 年报告做跨年核对');
    await popup.close();
    await page.close();
  });
});

describe('importing last year\'s JSON', () => {
  it('enables the cross-year check without visiting the page, and finds the broken carry-over', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/seed-004-weibin-2024.html`);
    const tabId = await tabIdOf(env.browser, page);
    await waitForState(env.browser, tabId);
    const popup = await openPopup(env.browser, tabId);
    expect(await popup.textContent('[data-testid="cross-year"]')).toContain('访问或导入「渭滨区人民政府办公室」2023 年的报告');
    const file = join(mkdtempSync(join(tmpdir(), 'nbc-import-')), 'weibin-2023.json');
    writeFileSync(file, JSON.stringify(exportedReport(weibin2023 as never), null, 2));
    await popup.setInputFiles('[data-testid="import-previous"]', file);
    const state = await waitForState(env.browser, tabId, 0, 'report', (s) => s.crossYear.previous !== null);
    const crossYear = state.json.findings.filter((f: { rule: string }) => f.rule.startsWith('crossYear.')).map((f: any) => `${f.rule} ${f.scope} ${f.outcome}`);
    expect(crossYear).toEqual(['crossYear.carry naturalPerson fail', 'crossYear.carry total fail', 'crossYear.stock normativeDocuments warn']);
    await popup.close();
    await page.close();
  });
});

describe('the options page', () => {
  it('lists the stored reports and deletes one', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="history"]');
    const agencies = await options.locator('[data-testid="history"] tbody tr td:first-child').allTextContents();
    expect(agencies.sort()).toEqual(['洪泽区人民政府', '淮安市洪泽区人民政府', '渭滨区人民政府办公室', '渭滨区人民政府办公室'].sort());
    await options.locator('[data-testid="history"] tbody tr').first().locator('button').click();
    await expect.poll(() => options.locator('[data-testid="history"] tbody tr').count()).toBe(3);
    await options.close();
  });
});
