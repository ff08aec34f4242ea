// The content script proper: it runs in every frame of every page, so it is only the detector (title, <head>
// metadata, first heading, first rows of tables: src/detect/) and the late-content watch; its silence is the
// answer "no report here". The pipeline (extract, parse, check, annotate, with zod, the word tables and the
// polyfill) is a separate module loaded only into a frame where the detector says yes (issue 15: evaluating it
// everywhere cost 16 ms a frame).
import { mayBeReport } from '../detect/detect';
import type { ContentState } from '../messages';
import { extensionApi, Lifetime } from './lifetime';
import { watchLateContent, type WatchTiming } from './watch';

/** What the pipeline module offers the detector (src/content/controller.ts). */
export interface Pipeline {
  /** Validates and answers a popup request; undefined when it is not one. */
  answer(message: unknown): Promise<unknown> | undefined;
  /** Read the page again (late content, in-page navigation). */
  scan(): Promise<void>;
}
export type StartPipeline = (doc: Document, lifetime: Lifetime, onTablesRead: () => void) => Promise<Pipeline>;

/** Where the pipeline module leaves its start function: a global of the content scripts' isolated world. */
export const PIPELINE_GLOBAL = '__nbcStartPipeline';

const isRequest = (message: unknown): message is { type: string } =>
  typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';

/** Navigation within the page (history.pushState, hash): the Navigation API (Chrome 102), else popstate/hashchange. */
function onInPageNavigation(lifetime: Lifetime, callback: () => void): void {
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation?.addEventListener) {
    navigation.addEventListener('navigate', (event) => (event as Event & { destination?: { sameDocument?: boolean } }).destination?.sameDocument && callback(), { signal: lifetime.signal });
    return;
  }
  for (const type of ['popstate', 'hashchange']) window.addEventListener(type, callback, { signal: lifetime.signal });
}

/**
 * Starts the detector in `doc`. Until it finds a report it touches no extension API at all: the first touch costs
 * more than the detection itself (bench: 0.1–0.4 ms in a fresh frame), so a frame without a report never listens and
 * the popup reads its silence as "no report detected" (src/popup/connect.ts). `lifetime` is made when first needed.
 */
export function startDetector(doc: Document, loadPipeline: () => Promise<StartPipeline>, timing?: WatchTiming, given?: Lifetime): void {
  let lifetime = given;
  const life = () => (lifetime ??= new Lifetime());
  let pipeline: Promise<Pipeline> | null = null;
  const lookSoon = () => void look().catch(() => watch.stop());
  // While the watch runs it sees what an in-page navigation changes; only once it stopped (quiet, or a report read)
  // must a navigation start it again, so the navigation listener is added then, once: not on the page's load.
  let followsNavigation = false;
  const watch = watchLateContent(doc, lookSoon, timing, () => {
    if (followsNavigation) return;
    followsNavigation = true;
    onInPageNavigation(life(), () => {
      watch.start();
      setTimeout(lookSoon, timing?.throttleMs ?? 0);
    });
  });
  const load = () => {
    if (!pipeline) {
      listen();
      pipeline = loadPipeline().then((start) => start(doc, life(), () => watch.stop()));
    }
    return pipeline;
  };
  async function look(): Promise<void> {
    if (pipeline) await (await pipeline).scan();
    else if (mayBeReport(doc)) await load();
  }
  // The module could not be loaded (a browser that refuses the import): the popup says so instead of "no report".
  const loadFailed = (error: unknown): ContentState => ({ kind: 'error', url: location.href, message: String(error instanceof Error ? error.message : error) });
  const answer = (message: unknown): Promise<unknown> | undefined => {
    if (!isRequest(message)) return undefined;
    // `npm run bench` times the pipeline on pages the detector rejects too; the store build has no such hook.
    if (message.type === 'nbc:profile' && import.meta.env.WXT_NBC_PROFILE === 'true') load();
    return pipeline?.then((p) => p.answer(message), (error) => (message.type === 'nbc:state' || message.type === 'nbc:rescan' ? loadFailed(error) : undefined));
  };
  // sendResponse and `return true`: the one form Chrome and Firefox both accept for an asynchronous answer.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
    const pending = answer(message);
    if (!pending) return false;
    pending.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  function listen(): void {
    const runtime = extensionApi()?.runtime;
    runtime?.onMessage.addListener(onMessage);
    life().onInvalidated(() => {
      watch.stop();
      runtime?.onMessage.removeListener(onMessage);
    });
  }
  // The bench asks the top frame of a page that is not a report to time the pipeline anyway.
  if (import.meta.env.WXT_NBC_PROFILE === 'true' && window === window.top) listen();
  watch.start();
  if (mayBeReport(doc)) load().catch(() => watch.stop());
}
