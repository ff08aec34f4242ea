// The file checker page in Chromium: a chosen PDF is drawn with boxes over the wrong numbers, its copied JSON is
// the hand-worked one; a scanned PDF says it cannot be read; a Word file is shown with the same marks.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractTables, fixtureExpected } from '../unit/fixtures';
import { ROOT, openPopup, tabIdOf, useBrowser, waitForState } from './harness';

const env = useBrowser();
const DOCUMENTS = join(ROOT, 'test/fixtures/documents');

async function openChecker(query = '') {
  const page = await env.browser.context.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/checker.html${query}`);
  return page;
}

describe('checker.html', () => {
  it('draws a box over the wrong total of a PDF and copies the hand-worked JSON', async () => {
    const page = await openChecker();
    await page.setInputFiles('[data-testid="file-input"]', join(DOCUMENTS, 'identity-errors.pdf'));
    await page.waitForSelector('[data-testid="pdf-pages"][data-marks="drawn"]');
    // Row （二）部分公开 says 总计 2 while its parts add up to 1. pdftotext -bbox puts that "2" on page 2 at
    // x 550.4–558.0, y 205.3–220.9 (points from the top); the page is drawn at scale 1.5.
    const point = { x: ((550.4 + 558.0) / 2) * 1.5, y: ((205.3 + 220.9) / 2) * 1.5 };
    const boxes = await page.$$eval('.sheet[data-page="2"] [data-testid="pdf-mark"][data-outcome="fail"]', (marks) =>
      marks.map((mark) => ({ left: (mark as HTMLElement).offsetLeft, top: (mark as HTMLElement).offsetTop, width: (mark as HTMLElement).offsetWidth, height: (mark as HTMLElement).offsetHeight })),
    );
    expect(boxes.some((box) => point.x >= box.left && point.x <= box.left + box.width && point.y >= box.top && point.y <= box.top + box.height)).toBe(true);

    await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('[data-testid="copy-json"]');
    await page.waitForSelector('[data-testid="notice"].ok');
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    const expected = fixtureExpected('identity-errors');
    const tables = contractTables(expected);
    expect(copied.report).toEqual(expected.report);
    expect(copied.activeDisclosure).toEqual(tables.activeDisclosure);
    expect(copied.applications).toEqual(tables.applications);
    expect(copied.reviewLitigation).toEqual(tables.reviewLitigation);
    expect(copied.findings.map((f: { rule: string; scope: string }) => `${f.rule} ${f.scope}`).sort()).toEqual(expected.findings.map((f) => `${f.rule} ${f.scope}`).sort());
    expect(copied.page.source).toEqual({ kind: 'pdf', name: 'identity-errors.pdf' });
    await page.close();
  });

  it('says a scanned PDF cannot be read', async () => {
    const page = await openChecker();
    await page.setInputFiles('[data-testid="file-input"]', join(DOCUMENTS, 'scanned.pdf'));
    const error = await page.waitForSelector('[data-testid="error"]');
    expect(await error.getAttribute('data-code')).toBe('no-text');
    expect(await error.textContent()).toContain('此 PDF 为扫描图片或文字无法提取，无法自动核对');
    await page.close();
  });

  it('shows a Word document with the marks of the page it was made from', async () => {
    const page = await openChecker();
    await page.setInputFiles('[data-testid="file-input"]', join(DOCUMENTS, 'identity-errors.docx'));
    await page.waitForSelector('[data-testid="docx-view"][data-marks="drawn"]');
    // The same row: （二）部分公开's 总计 cell (the last of its row) is marked as failing.
    const row = page.locator('[data-testid="docx-view"] tr', { hasText: '部分公开' });
    expect(await row.locator('td').last().getAttribute('data-nbc-outcome')).toBe('fail');
    await page.close();
  });

  it('opens ?url= of a served attachment', async () => {
    const url = `${env.server.base}/documents/identity-errors.pdf`;
    const page = await openChecker(`?url=${encodeURIComponent(url)}`);
    await page.waitForSelector('[data-testid="pdf-pages"][data-marks="drawn"], [data-testid="error"]');
    expect(await page.locator('[data-testid="agency"]').textContent()).toBe('某县卫生健康委员会');
    await page.close();
  });

  it("opens from the popup's 核对此附件 on a page whose report is an attachment", async () => {
    // The fixture page links /files/2024/jyj-2023-ndbg.pdf; the server answers it with a report PDF we made.
    await env.browser.context.route('**/files/2024/jyj-2023-ndbg.pdf', (route) => route.fulfill({ path: join(DOCUMENTS, 'identity-errors.pdf'), contentType: 'application/pdf' }));
    const page = await env.browser.context.newPage();
    await page.goto(`${env.server.base}/pages/attachment-only.html`);
    await waitForState(env.browser, await tabIdOf(env.browser, page));
    const popup = await openPopup(env.browser, await tabIdOf(env.browser, page));
    // One button per checkable attachment: the .pdf and the .docx.
    expect(await popup.locator('[data-testid="check-attachment"]').count()).toBe(2);
    const [checker] = await Promise.all([env.browser.context.waitForEvent('page'), popup.locator('[data-testid="check-attachment"]').first().click()]);
    expect(decodeURIComponent(checker.url())).toContain(`checker.html?url=${env.server.base}/files/2024/jyj-2023-ndbg.pdf`);
    await checker.waitForSelector('[data-testid="pdf-pages"][data-marks="drawn"]');
    expect(await checker.locator('[data-testid="agency"]').textContent()).toBe('某县卫生健康委员会');
    await Promise.all([checker.close(), popup.close(), page.close()]);
  });
});
