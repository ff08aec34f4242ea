// Drives the BUILT extension (.output/chrome-mv3, never the dev build: it adds permissions) in Chromium with
// playwright-core, against fixture pages served from 127.0.0.1.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
// @ts-expect-error plain ESM helper shared with the demo script (no types)
import { CHROME_FLAGS, findChrome, serveDirectory } from '../../scripts/browser.mjs';

declare const chrome: any;

export const ROOT = resolve(__dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');

export interface Served {
  base: string;
  close(): Promise<void>;
}

/**
 * Hostile variants of any fixture page, served as /hostile/<variant>/<page>.html: the snippet goes first in <head>.
 */
export const HOSTILE: Record<string, string> = {
  // The page's own world overwrites built-ins our code also uses (content scripts run in an isolated world).
  builtins: `<script>Array.prototype.map=function(){throw new Error('page broke map')};Array.from=null;JSON.stringify=function(){return '{}'};
JSON.parse=function(){return null};Node.prototype.appendChild=function(){throw new Error('page broke appendChild')};
Element.prototype.attachShadow=null;Object.defineProperty=function(){throw new Error('page broke defineProperty')};window.MutationObserver=null;</script>`,
  csp: `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'">`,
  base: `<base href="https://elsewhere.example/base/">`,
  // Deletes our nodes as soon as they appear.
  remover: `<script>new MutationObserver(function(){document.querySelectorAll('nbc-marker,nbc-panel,nbc-popover').forEach(function(n){n.remove()})}).observe(document.documentElement,{childList:true,subtree:true});</script>`,
};

/** Serves test/fixtures/ on 127.0.0.1 (random port), and the hostile variants above. */
export async function serveFixtures(): Promise<Served> {
  const root = join(ROOT, 'test/fixtures');
  return serveDirectory(root, (path: string) => {
    const hostile = /^\/hostile\/(\w+)\/(.+)$/.exec(path);
    if (!hostile || !HOSTILE[hostile[1]!]) return null;
    const page = readFileSync(join(root, 'pages', hostile[2]!), 'utf8');
    return { type: 'text/html; charset=utf-8', body: page.replace('<head>', `<head>${HOSTILE[hostile[1]!]}`) };
  });
}

export interface Browser {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launch(options: { headless?: boolean } = {}): Promise<Browser> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build the extension first: npx wxt build');
  const profile = mkdtempSync(join(tmpdir(), 'nbc-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless: options.headless ?? true,
    args: [...CHROME_FLAGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
    viewport: { width: 1100, height: 800 },
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    sw,
    extensionId: new URL(sw.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
}

/** Ask a tab's frame what the content script found (through the service worker, as the popup does). */
export async function stateOf(browser: Browser, tabId: number, frameId = 0): Promise<any> {
  return browser.sw.evaluate(
    ([tab, frame]) => chrome.tabs.sendMessage(tab!, { type: 'nbc:state' }, { frameId: frame! }),
    [tabId, frameId] as const,
  );
}

/** Waits until the content script of the tab's frame has answered (it runs at document_idle). */
export async function waitForState(browser: Browser, tabId: number, frameId = 0, kind = 'report', until: (state: any) => boolean = () => true): Promise<any> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const state = await stateOf(browser, tabId, frameId).catch(() => undefined);
    if (state?.kind === kind && until(state)) return state;
    if (Date.now() > deadline) throw new Error(`tab ${tabId} frame ${frameId}: no ${kind} state (last: ${JSON.stringify(state)?.slice(0, 200)})`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

export async function openPopup(browser: Browser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-testid="popup"]:not([data-state="loading"])');
  return popup;
}

/**
 * One Chromium with the extension and one fixture server for a test file: registers the hooks and returns an
 * object whose `browser` and `server` are set once `beforeAll` has run.
 */
export function useBrowser(): { browser: Browser; server: Served } {
  const shared = {} as { browser: Browser; server: Served };
  beforeAll(async () => {
    [shared.browser, shared.server] = await Promise.all([launch(), serveFixtures()]);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

/**
 * Opens the real toolbar popup for the active tab (chrome.action.openPopup) and evaluates `expression` in it.
 * The popup is a CDP target that Playwright does not list as a page, so it is reached through Target.* messages
 * (docs/toolchain.md, pitfalls 6–8).
 */
export async function evaluateInToolbarPopup(browser: Browser, page: Page, expression: string): Promise<unknown> {
  await page.bringToFront();
  await browser.sw.evaluate(() => chrome.action.openPopup());
  const cdp = await browser.context.newCDPSession(page);
  try {
    let targetId: string | undefined;
    for (let i = 0; i < 50 && !targetId; i++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      targetId = targetInfos.find((t: { type: string; url: string }) => t.type === 'page' && /\/popup\.html$/.test(t.url))?.targetId;
      if (!targetId) await new Promise((ok) => setTimeout(ok, 100));
    }
    if (!targetId) throw new Error('the toolbar popup did not open');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    let nextId = 1;
    const call = (method: string, params: object) =>
      new Promise<any>((resolve) => {
        const id = nextId++;
        const onMessage = (event: { sessionId: string; message: string }) => {
          const reply = JSON.parse(event.message);
          if (event.sessionId !== sessionId || reply.id !== id) return;
          cdp.off('Target.receivedMessageFromTarget', onMessage);
          resolve(reply.result);
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
    for (let i = 0; i < 50; i++) {
      const { result } = await call('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      if (result?.value) return result.value;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return null;
  } finally {
    await cdp.detach();
  }
}
