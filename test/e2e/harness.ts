// Drives the BUILT extension (.output/chrome-mv3 and .output/firefox-mv3, never a dev build: it adds permissions)
// against fixture pages served from 127.0.0.1: Chromium with playwright-core, Firefox (ESR) with puppeteer-core over
// WebDriver BiDi. `inBrowsers` runs the same tests in both (the browser matrix); `useBrowser` is Chromium only, for
// what only Chromium can do from a test (CDP, downloads, print emulation, the toolbar popup).
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
// @ts-expect-error plain ESM helper shared with the demo and the benchmark (no types)
import { installHint, launchChromium, launchFirefox, locateBrowser, serveDirectory } from '../../scripts/browser.mjs';

declare const chrome: any;

export const ROOT = resolve(__dirname, '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXTENSION = join(ROOT, '.output/firefox-mv3');

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
  remover: `<script>new MutationObserver(function(){document.querySelectorAll('*').forEach(function(n){if(/^nbc-/.test(n.localName))n.remove()})}).observe(document.documentElement,{childList:true,subtree:true});</script>`,
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
  return launchChromium(EXTENSION, { headless: options.headless ?? true });
}

/** Runs `fn(arg)` with the extension's privileges: Chromium's service worker, or the driver's extension page. */
function privileged<R, A>(target: Browser | Driver, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return 'privileged' in target ? target.privileged(fn, arg) : target.sw.evaluate(fn as any, arg) as Promise<R>;
}

/** The tab id of `page` (Playwright's or the driver's): the active tab once it is brought to the front. */
export async function tabIdOf(browser: Browser | Driver, page: Page | TestPage): Promise<number> {
  await page.bringToFront();
  return privileged(browser, async () => {
    const api = (globalThis as any).browser ?? chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id! as number;
  }, undefined);
}

/** Ask a tab's frame what the content script found (through the extension, as the popup does). */
export async function stateOf(browser: Browser | Driver, tabId: number, frameId = 0): Promise<any> {
  return privileged(
    browser,
    ([tab, frame]) => ((globalThis as any).browser ?? chrome).tabs.sendMessage(tab, { type: 'nbc:state' }, { frameId: frame }),
    [tabId, frameId] as const,
  );
}

/** Waits until the content script of the tab's frame has answered (it runs at document_idle). */
export async function waitForState(browser: Browser | Driver, tabId: number, frameId = 0, kind = 'report', until: (state: any) => boolean = () => true): Promise<any> {
  let state: any;
  return pollFor(
    () => `tab ${tabId} frame ${frameId}: no ${kind} state (last: ${JSON.stringify(state)?.slice(0, 200)})`,
    async () => {
      state = await stateOf(browser, tabId, frameId).catch(() => undefined);
      return state?.kind === kind && until(state) ? state : undefined;
    },
  );
}

/** Polls `get` every 100 ms until it returns something, for 10 s at most. */
async function pollFor<T>(what: () => string, get: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${what()}`);
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

export type OverlayKind = 'marker' | 'popover' | 'panel';

/** A Playwright selector for the overlay's hosts: their names end in a random suffix (src/annotate/widgets.ts). */
export function overlay(...kinds: OverlayKind[]): string {
  return `xpath=.//*[${kinds.map((kind) => `starts-with(local-name(),"nbc-${kind}-")`).join(' or ')}]`;
}

/**
 * Runs `fn` (a function's source; `this` is the shadow root) in the closed shadow root of every overlay host of
 * `kind`, in document order, frames included. Page script cannot reach those roots; DevTools (CDP) can.
 */
export async function inShadowRoots<T>(page: Page, kind: OverlayKind, fn: string): Promise<T[]> {
  interface DomNode {
    localName?: string;
    children?: DomNode[];
    shadowRoots?: (DomNode & { backendNodeId: number })[];
    contentDocument?: DomNode;
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const roots: number[] = [];
    const walk = (node: DomNode) => {
      if (node.localName?.startsWith(`nbc-${kind}-`) && node.shadowRoots?.[0]) roots.push(node.shadowRoots[0].backendNodeId);
      for (const child of [...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) walk(child);
    };
    walk(root);
    const results: T[] = [];
    for (const backendNodeId of roots) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: fn, returnByValue: true, awaitPromise: true });
      results.push(result.value as T);
    }
    return results;
  } finally {
    await cdp.detach();
  }
}

// ---- The browser matrix ----

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: BrowserName[] = ['chromium', 'firefox'];

/** What the matrix tests do with a tab, the same in Chromium (Playwright) and Firefox (puppeteer-core). */
export interface TestPage {
  goto(url: string): Promise<void>;
  /** Runs `fn(arg)` in the top frame, or in the first frame whose URL matches `frame`. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, frame?: RegExp): Promise<R>;
  /** Waits until `selector` matches an element (attached, visible or not) in the top frame or in `frame`. */
  waitFor(selector: string, frame?: RegExp): Promise<void>;
  /** A real click (mouse events) on the first element matching `selector` in the top frame. */
  click(selector: string): Promise<void>;
  /** A real click on the `index`-th overlay host of `kind` (document order) in the top frame. */
  clickOverlay(kind: OverlayHost, index: number): Promise<void>;
  /** How many overlay hosts of `kinds` the top frame (or `frame`) holds. */
  countOverlay(kinds: OverlayHost[], frame?: RegExp): Promise<number>;
  /**
   * Runs `fn` (a function's source; `this` is the shadow root) in the shadow root of every overlay host of `kind` in
   * the top frame, in document order. Open or closed: the driver reaches them as DevTools does (CDP, WebDriver BiDi).
   */
  inShadowRoots<T>(kind: OverlayHost, fn: string): Promise<T[]>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export type OverlayHost = 'marker' | 'panel' | 'popover';

/** The element names of overlay hosts: `nbc-marker`, or with a random suffix (`nbc-marker-3f9a…`) where one is added. */
const overlayName = (kinds: OverlayHost[]) => `^nbc-(${kinds.join('|')})(-[0-9a-z]+)?$`;

/** Scrolls the `index`-th overlay host of `kind` into view and clicks the middle of its box with the mouse. */
async function clickOverlayOn(
  page: { evaluate(fn: (args: [string, number]) => { x: number; y: number }, args: [string, number]): Promise<{ x: number; y: number }>; mouse: { click(x: number, y: number): Promise<unknown> } },
  kind: OverlayHost,
  index: number,
): Promise<void> {
  const { x, y } = await page.evaluate(([pattern, nth]) => {
    const host = [...document.querySelectorAll('*')].filter((el) => new RegExp(pattern).test(el.localName))[nth]!;
    host.scrollIntoView({ block: 'center' });
    const box = host.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, [overlayName([kind]), index]);
  await page.mouse.click(x, y);
}

function countOverlayIn(target: { evaluate(fn: (pattern: string) => number, pattern: string): Promise<number> }, kinds: OverlayHost[]) {
  return target.evaluate((pattern) => [...document.querySelectorAll('*')].filter((el) => new RegExp(pattern).test(el.localName)).length, overlayName(kinds));
}

export interface Driver {
  name: BrowserName;
  /** chrome-extension://<id>/<path> or moz-extension://<uuid>/<path>. */
  extensionUrl(path: string): string;
  newPage(): Promise<TestPage>;
  /** Runs `fn(arg)` with the extension's privileges (`browser` or `chrome` is the extension API there). */
  privileged<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** The popup page for a tab (?tabId=N, as the toolbar popup resolves it), once it has rendered. */
  openPopup(tabId: number): Promise<TestPage>;
  /** What the page (an extension page with focus) reads from the system clipboard. */
  readClipboard(page: TestPage): Promise<string>;
  /** The Playwright objects behind a Chromium driver, for Chromium-only tests; undefined in Firefox. */
  chromium?: Browser;
  close(): Promise<void>;
}

function playwrightPage(page: Page): TestPage {
  const frameOf = (frame?: RegExp) => (frame ? pollFor(() => `a frame at ${frame}`, () => page.frame({ url: frame }) ?? undefined) : Promise.resolve(page.mainFrame()));
  return {
    goto: async (url) => void (await page.goto(url)),
    evaluate: async (fn, arg, frame) => (await frameOf(frame)).evaluate(fn as any, arg),
    waitFor: async (selector, frame) => void (await (await frameOf(frame)).waitForSelector(selector, { state: 'attached' })),
    click: (selector) => page.click(selector),
    clickOverlay: (kind, index) => clickOverlayOn(page, kind, index),
    countOverlay: async (kinds, frame) => countOverlayIn(await frameOf(frame), kinds),
    inShadowRoots: async <T>(kind: OverlayHost, fn: string) => {
      interface DomNode {
        localName?: string;
        children?: DomNode[];
        shadowRoots?: (DomNode & { backendNodeId: number })[];
      }
      const cdp = await page.context().newCDPSession(page);
      try {
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
        const hosts: number[] = [];
        const walk = (node: DomNode) => {
          if (new RegExp(overlayName([kind])).test(node.localName ?? '') && node.shadowRoots?.[0]) hosts.push(node.shadowRoots[0].backendNodeId);
          node.children?.forEach(walk);
        };
        walk(root);
        const results: T[] = [];
        for (const backendNodeId of hosts) {
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
          const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true, awaitPromise: true });
          results.push(result.value as T);
        }
        return results;
      } finally {
        await cdp.detach();
      }
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

function puppeteerPage(page: PuppeteerPage): TestPage {
  const frameOf = (frame?: RegExp) => (frame ? pollFor(() => `a frame at ${frame}`, () => page.frames().find((f) => frame.test(f.url()))) : Promise.resolve(page.mainFrame()));
  return {
    goto: async (url) => {
      // puppeteer's goto never sees a moz-extension:// load finish (its navigation events are not reported), so
      // such pages are opened with a plain BiDi navigate that returns once the document is complete.
      if (url.startsWith('moz-extension:')) await (page.mainFrame() as any).browsingContext.navigate(url, 'complete');
      else await page.goto(url);
    },
    evaluate: async (fn, arg, frame) => (await frameOf(frame)).evaluate(fn as any, arg) as any,
    waitFor: async (selector, frame) => void (await (await frameOf(frame)).waitForSelector(selector)),
    click: (selector) => page.click(selector),
    clickOverlay: (kind, index) => clickOverlayOn(page, kind, index),
    countOverlay: async (kinds, frame) => countOverlayIn(await frameOf(frame), kinds),
    inShadowRoots: async <T>(kind: OverlayHost, fn: string) => {
      // WebDriver BiDi serialises a host's shadow root, closed ones included, when asked (includeShadowTree: 'all').
      const context = (page.mainFrame() as any).browsingContext;
      const send = (method: string, params: object) => context.userContext.browser.session.send(method, params);
      const { result } = await send('script.callFunction', {
        functionDeclaration: `(pattern) => [...document.querySelectorAll('*')].filter((el) => new RegExp(pattern).test(el.localName))`,
        arguments: [{ type: 'string', value: overlayName([kind]) }],
        target: { context: context.id },
        awaitPromise: false,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      });
      const results: T[] = [];
      for (const host of result.result.value as { value: { shadowRoot?: { sharedId: string } } }[]) {
        if (!host.value.shadowRoot) continue;
        const { result: value } = await send('script.callFunction', {
          functionDeclaration: fn,
          this: { sharedId: host.value.shadowRoot.sharedId },
          target: { context: context.id },
          awaitPromise: true,
        });
        results.push(value.result.value as T);
      }
      return results;
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

async function popupFor(driver: Driver, tabId: number): Promise<TestPage> {
  const popup = await driver.newPage();
  await popup.goto(driver.extensionUrl(`popup.html?tabId=${tabId}`));
  await popup.waitFor('[data-testid="popup"]:not([data-state="loading"])');
  return popup;
}

async function chromiumDriver(): Promise<Driver> {
  const browser = await launch();
  const driver: Driver = {
    name: 'chromium',
    chromium: browser,
    extensionUrl: (path) => `chrome-extension://${browser.extensionId}/${path}`,
    newPage: async () => playwrightPage(await browser.context.newPage()),
    privileged: (fn, arg) => browser.sw.evaluate(fn as any, arg) as Promise<any>,
    openPopup: (tabId) => popupFor(driver, tabId),
    readClipboard: async (page) => {
      // Reading needs the grant without an origin (toolchain.md §4: extension origins are "opaque" to it).
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      return page.evaluate(() => navigator.clipboard.readText());
    },
    close: () => browser.close(),
  };
  return driver;
}

async function firefoxDriver(): Promise<Driver> {
  if (!existsSync(join(FIREFOX_EXTENSION, 'manifest.json'))) throw new Error('Build the Firefox extension first: npx wxt build -b firefox');
  const geckoId = JSON.parse(readFileSync(join(FIREFOX_EXTENSION, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const firefox: { browser: PuppeteerBrowser; extensionId: string; close(): Promise<void> } = await launchFirefox(FIREFOX_EXTENSION, geckoId);
  const extensionUrl = (path: string) => `moz-extension://${firefox.extensionId}/${path}`;
  // Firefox's background (an event page) is not reachable over BiDi: the extension API is used from one of the
  // extension's own pages, kept open in a background tab (the options page: it only reads the history).
  const extensionPage = puppeteerPage(await firefox.browser.newPage());
  await extensionPage.goto(extensionUrl('options.html'));
  const driver: Driver = {
    name: 'firefox',
    extensionUrl,
    newPage: async () => puppeteerPage(await firefox.browser.newPage()),
    privileged: (fn, arg) => extensionPage.evaluate(fn, arg),
    openPopup: (tabId) => popupFor(driver, tabId),
    readClipboard: (page) => page.evaluate(() => navigator.clipboard.readText()),
    close: () => firefox.close(),
  };
  return driver;
}

/** The tab's state once its content script has answered with `kind` (and `until` holds). */
export async function waitForTabState(driver: Driver, page: TestPage, kind = 'report', until?: (state: any) => boolean): Promise<{ tabId: number; state: any }> {
  const tabId = await tabIdOf(driver, page);
  return { tabId, state: await waitForState(driver, tabId, 0, kind, until) };
}

/**
 * A page without a report, once its detector has surely run (document loaded, then longer than the watch's
 * throttle): the top frame either answers "none" (the detector let the pipeline look, which found nothing) or has
 * no listener at all (the detector said no, and a frame without a report never touches the extension API).
 */
export async function waitForNoReport(driver: Driver, page: TestPage): Promise<{ tabId: number; state: { kind: 'none' } | undefined }> {
  const tabId = await tabIdOf(driver, page);
  await page.evaluate(() => new Promise<void>((ok) => (document.readyState === 'complete' ? ok() : addEventListener('load', () => ok()))));
  await new Promise((ok) => setTimeout(ok, 1000));
  const state = await stateOf(driver, tabId).catch(() => undefined);
  if (state !== undefined && state?.kind !== 'none') throw new Error(`expected no report, the frame answered ${JSON.stringify(state).slice(0, 200)}`);
  return { tabId, state };
}

export interface BrowserEnv {
  name: BrowserName;
  /** Set once the describe block's `beforeAll` has run. */
  driver: Driver;
  server: Served;
}

/**
 * Declares `body`'s tests once per browser (a describe block per browser, one browser running at a time). A browser
 * that is not installed has its tests reported as skipped, with a line saying how to install it; on CI (CI=true) its
 * tests fail instead: CI must run both.
 */
export function inBrowsers(body: (env: BrowserEnv) => void): void {
  for (const name of BROWSER_NAMES) {
    const env = { name } as BrowserEnv;
    const missing = !locateBrowser(name) && !process.env.CI;
    if (missing) console.warn(`SKIPPED: the ${name} end-to-end tests, no ${name} found. Install it: ${installHint(name)}.`);
    (missing ? describe.skip : describe)(missing ? `${name} (SKIPPED: not installed)` : name, () => {
      let launchError: unknown;
      beforeAll(async () => {
        try {
          [env.driver, env.server] = await Promise.all([name === 'chromium' ? chromiumDriver() : firefoxDriver(), serveFixtures()]);
        } catch (error) {
          launchError = error;
        }
      });
      // A browser that cannot start fails each test (a failing beforeAll would only mark them skipped).
      beforeEach(() => {
        if (launchError) throw launchError;
      });
      afterAll(async () => {
        await env.driver?.close();
        await env.server?.close();
      });
      body(env);
    });
  }
}
