// The checker page's batch in Chromium: a folder of report documents chosen, a row per document with its
// hand-worked counts (test/fixtures/*.expected.json), sorting, the summary CSV and the JSON zip downloaded and read
// back, a row opening that report's view.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, useBrowser } from './harness';

const env = useBrowser();
const DOCUMENTS = join(ROOT, 'test/fixtures/documents');

/** 年报/ with two years' subfolders, a non-report, a corrupt PDF, a legacy .doc and a file that is no document. */
function reportFolder(): string {
  const parent = mkdtempSync(join(tmpdir(), 'nbc-batch-'));
  const folder = join(parent, '年报');
  const place = (document: string, path: string) => {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    copyFileSync(join(DOCUMENTS, document), join(folder, path));
  };
  place('seed-004-weibin-2024.pdf', '2024/渭滨区.pdf');
  place('identity-errors.docx', '2023/卫健委.docx');
  place('not-a-report.pdf', 'other/notice.pdf');
  place('corrupt.pdf', 'other/corrupt.pdf');
  place('legacy.doc', 'other/draft.doc');
  writeFileSync(join(folder, 'readme.txt'), 'not a document');
  return folder;
}
const folder = reportFolder();
afterAll(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

describe('the batch in checker.html', () => {
  it('checks a whole folder: rows with their counts, sorting, the summary CSV, a row opening its report', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/checker.html`);
    await page.setInputFiles('[data-testid="folder-input"]', folder);
    await page.waitForSelector('[data-testid="batch-count"]:has-text("已完成 5 个文件")');
    expect(await page.locator('[data-testid="batch-progress"]').evaluate((bar) => [(bar as HTMLProgressElement).value, (bar as HTMLProgressElement).max])).toEqual([5, 5]);

    await page.click('[data-testid="sort-file"]');
    const rows = await page.$$eval('[data-testid="batch-row"]', (trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
    // Counts from the fixtures' hand-worked findings: 渭滨区 2024 has （七）总计 left at 0 (3 columns × two identities)
    // and one prose mismatch, and says nothing of last year's problems (整改情况, review); identity-errors has 5 fails,
    // 8 warnings (6 of the prose) and 3 to review (表四 missing, an unreadable cell, 整改情况).
    expect(rows.map((cells) => cells.slice(0, 8))).toEqual([
      ['年报/2023/卫健委.docx', '某县卫生健康委员会', '2023', '2021 年格式', '已核对', '5', '8', '3'],
      ['年报/2024/渭滨区.pdf', '渭滨区人民政府办公室', '2024', '2021 年格式', '已核对', '6', '1', '1'],
      ['年报/other/corrupt.pdf', '', '', '', '无法读取', '0', '0', '0'],
      ['年报/other/draft.doc', '', '', '', '无法读取', '0', '0', '0'],
      ['年报/other/notice.pdf', '', '', '', '非年报', '0', '0', '0'],
    ]);
    expect(rows[3]![8]).toContain('.docx');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="batch-csv"]')]);
    expect(download.suggestedFilename()).toBe('nianbao-check-summary.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('文件,机关,年度,格式,状态,错误,提醒,待核,首个问题');
    expect(lines.filter((line) => line.startsWith('年报/2024/渭滨区.pdf,'))[0]).toMatch(/^年报\/2024\/渭滨区\.pdf,渭滨区人民政府办公室,2024,2021,tables,6,1,1,（七）总计（自然人）填为 0/);
    expect(lines.filter((line) => line.startsWith('年报/other/notice.pdf,'))).toEqual(['年报/other/notice.pdf,,,,not-a-report,0,0,0,不是政府信息公开工作年度报告']);
    expect(lines).toHaveLength(7); // header, five rows, the final line break

    // The zip holds the two reports' JSON under their paths; the non-report and the unreadable files have none.
    const [zipped] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="batch-zip"]')]);
    const files = unzipSync(new Uint8Array(readFileSync((await zipped.path())!)));
    expect(Object.keys(files).sort()).toEqual(['年报/2023/卫健委.docx.json', '年报/2024/渭滨区.pdf.json']);
    expect(JSON.parse(strFromU8(files['年报/2024/渭滨区.pdf.json']!)).page.source).toEqual({ kind: 'pdf', name: '年报/2024/渭滨区.pdf' });

    await page.click('[data-testid="batch-row"] button:has-text("年报/2024/渭滨区.pdf")');
    await page.waitForSelector('[data-testid="pdf-pages"][data-marks="drawn"]');
    expect(await page.textContent('[data-testid="agency"]')).toBe('渭滨区人民政府办公室');
    await page.close();
  });
});
