// The checker page's batch view in jsdom with a fake analyse function: rows, sorting, filtering, progress, cancel,
// opening a row, the downloads. Counts are those worked out by hand in test/fixtures/*.expected.json.
import { strFromU8, unzipSync } from 'fflate';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdapterError } from '@/src/adapters/types';
import type { AnalyseDocument, BatchInput } from '@/src/batch/runner';
import { BatchView } from '@/src/checker/batch/BatchView';
import { batchInputs } from '@/src/checker/batch/files';
import type { BatchRow } from '@/src/checker/batch/table';
import { extractPage } from '@/src/extract/extract';
import { analyse, type Analysis } from '@/src/pipeline';
import { fixtureDocument, fixtureUrl } from './fixtures';

const analyses = new Map<string, Analysis | null>();
const analysisOf = (name: string) => {
  if (!analyses.has(name)) analyses.set(name, analyse(extractPage(fixtureDocument(name), fixtureUrl(name)).page));
  return analyses.get(name)!;
};
/** Reads "<fixture>.html" as that fixture page; "*.pdf" is corrupt. */
const fakeAnalyse: AnalyseDocument = async (input) => {
  if (input.name.endsWith('.pdf')) throw new AdapterError('corrupt', 'PDF 文件已损坏或不完整，无法读取', 'The PDF is corrupt');
  return analysisOf(input.name.replace(/\.html$/, ''));
};
const input = (path: string): BatchInput => ({ path, load: async () => new Uint8Array() });
const FOUR = ['seed-004-weibin-2024.html', 'identity-errors.html', 'negative-news.html', 'bad.pdf'].map(input);

// Reading the pages in jsdom takes a few seconds on this machine: once, before the view's tests.
beforeAll(() => ['seed-004-weibin-2024', 'identity-errors', 'negative-news', 'hongze-2023', 'hongze-2024'].forEach(analysisOf), 60_000);

let root: HTMLElement;
let opened: BatchRow[];
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  opened = [];
});
afterEach(async () => {
  await act(async () => render(null, root));
  root.remove();
});

async function show(inputs: BatchInput[], analyseFile: AnalyseDocument = fakeAnalyse, concurrency = 2) {
  await act(async () => render(<BatchView inputs={inputs} analyse={analyseFile} onOpen={(row) => opened.push(row)} concurrency={concurrency} />, root));
}
const $ = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!;
const finished = () => vi.waitFor(() => expect($('batch-count').textContent).toMatch(/^已完成|^已取消/));
const files = () => [...root.querySelectorAll('[data-testid="batch-row"] th')].map((cell) => cell.textContent);
const cells = (row: number) => [...root.querySelectorAll('[data-testid="batch-row"]')[row]!.children].map((cell) => cell.textContent);
const click = (element: Element) => act(() => (element as HTMLElement).click());
const choose = (testId: string, value: string) =>
  act(() => {
    const select = $(testId) as HTMLSelectElement | HTMLInputElement;
    select.value = value;
    select.dispatchEvent(new Event(select instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });

describe('the batch view', () => {
  it('shows a row per file with agency, year, template, status, counts and the first problem', async () => {
    await show(FOUR);
    await finished();
    expect($('batch-count').textContent).toBe('已完成 4 个文件');
    expect(files()).toEqual(['seed-004-weibin-2024.html', 'identity-errors.html', 'negative-news.html', 'bad.pdf']);
    // Counts of the hand-worked findings (test/fixtures/*.expected.json): 渭滨区 6 fails, the prose's 自然人 4 vs 3, 整改情况;
    // identity-errors 5 fails, 8 warns, 3 reviews.
    expect(cells(0).slice(0, 8)).toEqual(['seed-004-weibin-2024.html', '渭滨区人民政府办公室', '2024', '2021 年格式', '已核对', '6', '1', '1']);
    expect(cells(1).slice(5, 8)).toEqual(['5', '8', '3']);
    expect(cells(2)).toEqual(['negative-news.html', '', '', '', '非年报', '0', '0', '0', '不是政府信息公开工作年度报告']);
    expect(cells(3)).toEqual(['bad.pdf', '', '', '', '无法读取', '0', '0', '0', 'PDF 文件已损坏或不完整，无法读取']);
    // A real table: column headers with scope, row headers, and a count cell marked by its outcome.
    expect([...root.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(Array(9).fill('col'));
    expect(root.querySelector('[data-testid="batch-row"] td.count.fail')?.textContent).toBe('6');
  });

  it('marks a report checked against the same agency’s previous year in the batch', async () => {
    await show(['hongze-2024.html', 'hongze-2023.html'].map(input));
    await finished();
    const paired = root.querySelectorAll('[data-testid="batch-row"] .nbc-batch-paired');
    expect([...paired].map((mark) => mark.getAttribute('aria-label'))).toEqual(['已与 hongze-2023.html 做跨年核对']);
    expect(paired[0]!.closest('tr')!.querySelector('th')!.textContent).toBe('hongze-2024.html');
  });

  it('sorts by a column, ascending then descending, empty cells last and ties in batch order', async () => {
    await show(FOUR);
    await finished();
    await click($('sort-fail'));
    expect(files()).toEqual(['negative-news.html', 'bad.pdf', 'identity-errors.html', 'seed-004-weibin-2024.html']);
    expect($('sort-fail').parentElement!.getAttribute('aria-sort')).toBe('ascending');
    expect($('sort-file').parentElement!.getAttribute('aria-sort')).toBe('none');
    await click($('sort-fail'));
    expect(files()).toEqual(['seed-004-weibin-2024.html', 'identity-errors.html', 'negative-news.html', 'bad.pdf']);
    expect($('sort-fail').parentElement!.getAttribute('aria-sort')).toBe('descending');
    await click($('sort-year'));
    // 2023 (identity-errors), 2024 (渭滨区), then the two without a year.
    expect(files()).toEqual(['identity-errors.html', 'seed-004-weibin-2024.html', 'negative-news.html', 'bad.pdf']);
  });

  it('filters by status, by outcome and by text', async () => {
    await show(FOUR);
    await finished();
    await choose('filter-status', 'unreadable');
    expect(files()).toEqual(['bad.pdf']);
    expect($('batch-shown').textContent).toBe('显示 1 / 4 行');
    await choose('filter-status', 'all');
    await choose('filter-outcome', 'review');
    expect(files()).toEqual(['seed-004-weibin-2024.html', 'identity-errors.html']);
    await choose('filter-outcome', 'warn');
    expect(files()).toEqual(['seed-004-weibin-2024.html', 'identity-errors.html']);
    await choose('filter-text', '渭滨');
    expect(files()).toEqual(['seed-004-weibin-2024.html']);
    await choose('filter-outcome', 'all');
    await choose('filter-text', '损坏');
    expect(files()).toEqual(['bad.pdf']);
  });

  it('shows progress as files finish and stops between files when cancelled', async () => {
    const pending: (() => void)[] = [];
    const started: string[] = [];
    const gated: AnalyseDocument = (file) => {
      started.push(file.name);
      return new Promise((resolve) => pending.push(() => resolve(null)));
    };
    await show(['a.html', 'b.html', 'c.html'].map(input), gated, 1);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    expect($('batch-count').textContent).toBe('已检查 0 / 3 个文件');
    await act(async () => pending[0]!());
    await vi.waitFor(() => expect($('batch-count').textContent).toBe('已检查 1 / 3 个文件'));
    expect(($('batch-progress') as HTMLProgressElement).value).toBe(1);
    expect(($('batch-progress') as HTMLProgressElement).max).toBe(3);
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    await click($('batch-cancel'));
    await act(async () => pending[1]!());
    await finished();
    expect($('batch-count').textContent).toBe('已取消：检查了 2 / 3 个文件');
    expect(started).toEqual(['a.html', 'b.html']);
    expect(files()).toEqual(['a.html', 'b.html']);
    expect(root.querySelector('[data-testid="batch-cancel"]')).toBeNull();
  });

  it('opens a row by a click anywhere on it, or by its file button (keyboard), once', async () => {
    await show(FOUR);
    await finished();
    await click(root.querySelectorAll('[data-testid="batch-row"] td')[0]!);
    const button = root.querySelectorAll<HTMLButtonElement>('[data-testid="batch-row"] th button')[3]!;
    expect(button.getAttribute('aria-label')).toBe('查看 bad.pdf 的核对结果');
    await click(button);
    expect(opened.map((row) => [row.index, row.summary.file, row.entry.outcome.kind])).toEqual([
      [0, 'seed-004-weibin-2024.html', 'report'],
      [3, 'bad.pdf', 'unreadable'],
    ]);
  });

  it('downloads the summary CSV and the zip of the reports’ JSON', async () => {
    const saved: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: (blob: Blob) => (saved.push(blob), 'blob:x') });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
    const anchorClick = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await show(FOUR);
    await finished();
    await click($('batch-csv'));
    const csv = new Uint8Array(await saved[0]!.arrayBuffer());
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(csv).split('\r\n');
    expect(lines[0]).toBe('文件,机关,年度,格式,状态,错误,提醒,待核,首个问题');
    expect(lines[3]).toBe('negative-news.html,,,,not-a-report,0,0,0,不是政府信息公开工作年度报告');
    expect(lines).toHaveLength(6); // header, four rows, the final line break
    await act(async () => $('batch-zip').click());
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    const zip = unzipSync(new Uint8Array(await saved[1]!.arrayBuffer()));
    expect(Object.keys(zip)).toEqual(['seed-004-weibin-2024.html.json', 'identity-errors.html.json']);
    expect(JSON.parse(strFromU8(zip['identity-errors.html.json']!)).report.agency).toBe('某县卫生健康委员会');
    expect(anchorClick.mock.contexts.map((anchor) => (anchor as HTMLAnchorElement).download)).toEqual(['nianbao-check-summary.csv', 'nianbao-check-reports.zip']);
  });
});

describe('chosen files as batch inputs', () => {
  const inFolder = (path: string) => {
    const file = new File(['<html></html>'], path.split('/').pop()!);
    Object.defineProperty(file, 'webkitRelativePath', { value: path });
    return file;
  };

  it('keeps a folder’s documents under their paths and leaves its other files out', async () => {
    const inputs = batchInputs([inFolder('报告/2024/渭滨区.html'), inFolder('报告/2024/附件.PDF'), inFolder('报告/.DS_Store'), inFolder('报告/封面.png'), inFolder('报告/草稿.doc')]);
    expect(inputs.map((each) => each.path)).toEqual(['报告/2024/渭滨区.html', '报告/2024/附件.PDF', '报告/草稿.doc']);
    expect(new TextDecoder().decode(await inputs[0]!.load())).toBe('<html></html>');
  });

  it('reads every file chosen one by one, whatever its type (its row says what is wrong)', () => {
    expect(batchInputs([new File(['x'], 'a.html'), new File(['y'], 'b.png')]).map((each) => each.path)).toEqual(['a.html', 'b.png']);
  });
});
