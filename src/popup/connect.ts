// Which tab and frame the popup talks to. Opened from the toolbar it serves the active tab; opened as a page
// (end-to-end tests, docs/json-contract.md) it serves `popup.html?tabId=N`. A tab may hold several frames: the
// background knows which one has the report (docs/json-contract.md, "Automation hooks").
import { browser } from 'wxt/browser';
import { chosenFrame, sendToBackground, sendToFrame, type ContentState } from '../messages';

export type TabState =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  /** No frame answered: a frame without a report never listens (src/content/detector.ts), so this is "no report
   *  detected" — or a page opened before the extension was installed or updated, or a file the extension may not read. */
  | { kind: 'silent'; fileUrl: boolean }
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

export async function loadTabState(tab: TargetTab): Promise<TabState> {
  if (tab.url && RESTRICTED.test(tab.url)) return { kind: 'restricted' };
  // The frame the toolbar badge describes (chosenFrame), so the two never disagree.
  const { frameId } = chosenFrame((await sendToBackground({ type: 'nbc:frames', tabId: tab.id })) ?? {});
  try {
    const state = await sendToFrame(tab.id, frameId, { type: 'nbc:state' });
    if (state) return { ...state, tabId: tab.id, frameId };
  } catch {
    // No listener in the frame: the same as no answer.
  }
  if (tab.status === 'loading') return { kind: 'pageLoading' };
  return { kind: 'silent', fileUrl: tab.url?.startsWith('file:') ?? false };
}

/**
 * After the popup wrote a setting to storage: the frame re-checks by itself (it watches storage), so ask for its
 * state until it `shows` the new setting (bounded: a frame that never does is answered with its last state).
 */
export async function stateShowing(tabId: number, frameId: number, shows: (state: ContentState) => boolean): Promise<ContentState | undefined> {
  let state: ContentState | undefined;
  for (let attempt = 0; attempt < 30; attempt++) {
    state = await sendToFrame(tabId, frameId, { type: 'nbc:state' });
    if (!state || shows(state)) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return state;
}
