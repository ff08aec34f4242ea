// The popup against a stubbed tab: the states, the summary, jump-to-cell, copy, filters and the language switch.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractPage } from '@/src/extract/extract';
import type { ContentState } from '@/src/messages';
import { analyse } from '@/src/pipeline';
import { App } from '@/src/popup/App';
import { fixtureDocument, fixtureUrl } from './fixtures';

function stateOf(name: string): ContentState {
  const analysis = analyse(extractPage(fixtureDocument(name), fixtureUrl(name)).page)!;
  const findings = analysis.result.findings.map(({ rule, scope, outcome, key, data, hint, cells }) => ({ rule, scope, outcome, key, data, hint, cells }));
  return { kind: 'report', url: fixtureUrl(name), json: analysis.json, findings, overlay: true, blanksAsZero: false, crossYear: { previous: null, wanted: null } };
}

let root: HTMLElement;
let sendToTab: ReturnType<typeof vi.fn>;

async function openPopup(state: ContentState | Error, tabUrl = 'https://example.gov.cn/report.html', frames: Record<string, unknown> = { 3: { report: true, status: 'tables', fail: 0, warn: 0, review: 0, url: '' } }) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(frames as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 42, url: tabUrl } as never);
  sendToTab = vi.fn(async (_tab: number, message: { type: string }) => {
    if (state instanceof Error) throw state;
    return message.type === 'nbc:focus' ? true : state;
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(sendToTab as never);
  history.replaceState(null, '', '?tabId=42');
  await act(async () => render(<App />, root));
  await vi.waitFor(() => expect(root.querySelector('[data-testid="popup"]')!.getAttribute('data-state')).not.toBe('loading'));
}
const text = (selector: string) => root.querySelector(selector)?.textContent;

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the popup for a report with errors (seed 004)', () => {
  it('asks the frame that holds the report, and shows agency, year, template and the verdict', async () => {
    await openPopup(stateOf('seed-004-weibin-2024'));
    expect(sendToTab).toHaveBeenCalledWith(42, { type: 'nbc:state' }, { frameId: 3 });
    expect(text('[data-testid="agency"]')).toBe('渭滨区人民政府办公室');
    expect(text('[data-testid="year"]')).toBe('年度 2024');
    expect(text('[data-testid="template"]')).toBe('2021 年格式');
    expect(text('[data-testid="verdict"]')).toBe('发现 6 处错误');
    expect(text('[data-testid="count-fail"]')).toBe('错误 6');
    expect(text('[data-testid="count-warn"]')).toBe('提醒 1');
  });

  it('lists the findings by table and jumps to a cell when one is clicked', async () => {
    await openPopup(stateOf('seed-004-weibin-2024'));
    const sections = [...root.querySelectorAll('section h3')].map((h) => h.textContent);
    // 正文: the 自然人 4-vs-3 warning and report.improvements (section 五 names no 整改 of last year's problems).
    expect(sections).toEqual(['表三 依申请公开 6', '正文 2']);
    const items = root.querySelectorAll<HTMLButtonElement>('[data-testid="finding"]');
    expect(items[0]!.textContent).toContain('（七）总计（自然人）填为 0，但其组成项之和为 3');
    await act(async () => items[1]!.click());
    expect(sendToTab).toHaveBeenLastCalledWith(42, { type: 'nbc:focus', index: 1 }, { frameId: 3 });
  });

  it('filters by outcome', async () => {
    await openPopup(stateOf('seed-004-weibin-2024'));
    const warnFilter = [...root.querySelectorAll<HTMLButtonElement>('.filters button')].find((b) => b.textContent === '提醒')!;
    await act(async () => warnFilter.click());
    const items = [...root.querySelectorAll('[data-testid="finding"]')];
    expect(items.map((b) => b.getAttribute('data-rule'))).toEqual(['narrative.applicants']);
  });

  it('copies exactly the contract JSON, pretty-printed, and says so', async () => {
    const state = stateOf('seed-004-weibin-2024') as Extract<ContentState, { kind: 'report' }>;
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openPopup(state);
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="copy-json"]')!.click());
    expect(writeText).toHaveBeenCalledWith(JSON.stringify(state.json, null, 2));
    expect(text('[data-testid="notice"]')).toBe('已复制到剪贴板');
  });

  it('falls back to a selected textarea when the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) }, configurable: true });
    await openPopup(stateOf('seed-004-weibin-2024'));
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="copy-json"]')!.click());
    await vi.waitFor(() => expect(root.querySelector('textarea.fallback')).not.toBeNull());
    expect(JSON.parse((root.querySelector('textarea.fallback') as HTMLTextAreaElement).value).schemaVersion).toBe(1);
  });

  it('switches to English', async () => {
    await openPopup(stateOf('seed-004-weibin-2024'));
    await act(async () => root.querySelector<HTMLButtonElement>('.lang')!.click());
    expect(text('[data-testid="verdict"]')).toBe('6 error(s) found');
    expect(root.querySelector('[data-testid="finding"]')!.textContent).toContain('(7) Total handled (natural persons) is 0 but its parts add up to 3');
  });
});

describe('the popup in its other states', () => {
  it('says there is no report', async () => {
    await openPopup({ kind: 'none', url: 'https://example.gov.cn/news.html' }, 'https://example.gov.cn/news.html', {});
    expect(text('[data-testid="no-report"] p')).toBe('本页没有检测到政府信息公开工作年度报告。');
    expect(root.querySelector('[data-testid="reload-hint"]')).toBeNull();
  });

  it('lists the attachments of a report whose tables are not HTML', async () => {
    await openPopup(stateOf('attachment-only'));
    expect(text('[data-testid="no-tables"] p')).toContain('没有 HTML 统计表');
    expect([...root.querySelectorAll('[data-testid="attachments"] a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.gov.cn/files/2024/jyj-2023-ndbg.pdf',
      'https://example.gov.cn/files/2024/jyj-2023-ndbg.docx',
    ]);
  });

  it('explains browser pages where no extension may run', async () => {
    await openPopup(new Error('Could not establish connection'), 'chrome://extensions/');
    expect(root.querySelector('[data-testid="restricted"]')).not.toBeNull();
  });

  it('reads a frame that does not answer as "no report", with the reload hint for a page older than the extension', async () => {
    await openPopup(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(text('[data-testid="no-report"] p')).toBe('本页没有检测到政府信息公开工作年度报告。');
    expect(text('[data-testid="reload-hint"]')).toBe('若本页是在安装或更新年报体检之前打开的，请刷新页面后再看。');
    expect(root.textContent).not.toContain('允许访问文件网址');
  });

  it('adds the file-access advice for a local file that does not answer', async () => {
    await openPopup(new Error('Could not establish connection. Receiving end does not exist.'), 'file:///home/user/report.html', {});
    expect(text('[data-testid="no-report"]')).toContain('本地文件需要在扩展管理页（chrome://extensions）为年报体检打开“允许访问文件网址”。');
  });
});

describe('counts per table', () => {
  it('shows each table\'s failures, warnings and reviews', async () => {
    await openPopup(stateOf('identity-errors'));
    const rows = [...root.querySelectorAll('[data-testid="per-table"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    // Hand count from identity-errors.expected.json: 表二 3 fail (12.5, −3, −20.5) + 1 warn (现行有效) + 1 review (约5);
    // 表三 2 fail; 表四 1 review (missing table); 正文 5 warn on numbers + 2 warn (no 四/六 headings, no word on the
    // 信息处理费) + 1 review (section 五).
    expect(rows).toEqual([
      ['表二 主动公开', '3', '1', '1'],
      ['表三 依申请公开', '2', '0', '0'],
      ['表四 复议诉讼', '0', '0', '1'],
      ['正文', '0', '7', '1'],
    ]);
  });
});

describe('a page the scan failed on', () => {
  it('says that nothing was changed, shows the error and offers a re-scan', async () => {
    await openPopup({ kind: 'error', url: 'https://example.gov.cn/x.html', message: 'boom' });
    expect(text('[data-testid="error"] p')).toBe('年报体检在读取本页时出错，页面未作任何改动。错误信息：');
    expect(text('[data-testid="error"] .detail')).toBe('boom');
  });
});
