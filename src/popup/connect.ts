// Which tab and frame the popup talks to. Opened from the toolbar it serves the active tab; opened as a page
// (end-to-end tests, docs/json-contract.md) it serves `popup.html?tabId=N`. A tab may hold several frames: the
// background knows which one has the report (docs/json-contract.md, "Automation hooks").
import { browser } from 'wxt/browser';
import type { ContentRequest, ContentState, FramesAnswer } from '../messages';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'unreachable'; fileUrl: boolean }
  /** The tab is still loading: its content script runs once the document is idle. */
  | { kind: 'pageLoading' }
  | (ContentState & { tabId: number; frameId: number });

const RESTRICTED = /^(chrome|edge|about|chrome-extension|moz-extension|devtools|view-source):|^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)/;

export interface TargetTab {
  id: number;
  url?: string;
  status?: string;
}

export async function resolveTabId(search: string = location.search): Promise<TargetTab | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => undefined);
    return { id: fromQuery, url: tab?.url, status: tab?.status };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, status: tab.status };
}

/** The frame that holds the report: one whose tables were read, else any report frame, else the top frame. */
export function reportFrame(frames: FramesAnswer): number {
  const entries = Object.entries(frames);
  const best = entries.find(([, f]) => f.report && f.status === 'tables') ?? entries.find(([, f]) => f.report);
  return best ? Number(best[0]) : 0;
}

export async function loadTabState(tab: TargetTab): Promise<TabState> {
  if (tab.url && RESTRICTED.test(tab.url)) return { kind: 'restricted' };
  const frames = ((await browser.runtime.sendMessage({ type: 'nbc:frames', tabId: tab.id })) ?? {}) as FramesAnswer;
  const frameId = reportFrame(frames);
  try {
    const state = (await browser.tabs.sendMessage(tab.id, { type: 'nbc:state' } satisfies ContentRequest, { frameId })) as ContentState | undefined;
    if (!state) return { kind: 'unreachable', fileUrl: tab.url?.startsWith('file:') ?? false };
    return { ...state, tabId: tab.id, frameId };
  } catch {
    if (tab.status === 'loading') return { kind: 'pageLoading' };
    return { kind: 'unreachable', fileUrl: tab.url?.startsWith('file:') ?? false };
  }
}

export async function sendToFrame(tabId: number, frameId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId });
}
