// The content script proper: it runs in every frame of every page, so it is only the detector (title, <head>
// metadata, first heading, first rows of tables: src/detect/), the late-content watch and the answer "no report
// here". The pipeline (extract, parse, check, annotate, with zod, the word tables and the polyfill) is a separate
// module loaded only into a frame where the detector says yes (issue 15: evaluating it everywhere cost 16 ms a frame).
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

export function startDetector(doc: Document, loadPipeline: () => Promise<StartPipeline>, timing?: WatchTiming, lifetime = new Lifetime()): Lifetime {
  let pipeline: Promise<Pipeline> | null = null;
  const watch = watchLateContent(doc, () => void look().catch(() => watch.stop()), timing);
  const load = () => {
    listen();
    return (pipeline ??= loadPipeline().then((start) => start(doc, lifetime, () => watch.stop())));
  };
  async function look(): Promise<void> {
    if (pipeline) await (await pipeline).scan();
    else if (mayBeReport(doc)) await load();
  }
  const noReport = (): ContentState => ({ kind: 'none', url: location.href });
  // The module could not be loaded (a browser that refuses the import): the popup says so instead of "unreachable".
  const loadFailed = (error: unknown): ContentState => ({ kind: 'error', url: location.href, message: String(error instanceof Error ? error.message : error) });

  const answer = (message: unknown): Promise<unknown> | undefined => {
    if (!isRequest(message)) return undefined;
    if (pipeline) return pipeline.then((p) => p.answer(message), (error) => (message.type === 'nbc:state' || message.type === 'nbc:rescan' ? loadFailed(error) : undefined));
    switch (message.type) {
      case 'nbc:state':
        return Promise.resolve(noReport());
      case 'nbc:focus':
        return Promise.resolve(false);
      case 'nbc:rescan':
        return mayBeReport(doc) ? load().then((p) => p.answer(message)) : Promise.resolve(noReport());
      case 'nbc:profile':
        // `npm run bench` times the pipeline on pages the detector rejects too; the store build has no such hook.
        return import.meta.env.WXT_NBC_PROFILE === 'true' ? load().then((p) => p.answer(message)) : undefined;
      default:
        return undefined;
    }
  };
  // sendResponse and `return true`: the one form Chrome and Firefox both accept for an asynchronous answer.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
    const pending = answer(message);
    if (!pending) return false;
    pending.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  // The first touch of the extension API costs about 0.6 ms in each frame (bench). The popup asks the top frame, or
  // a frame that reported a report: only those listen, the others once they load the pipeline.
  let listening = false;
  function listen(): void {
    if (listening) return;
    listening = true;
    const runtime = extensionApi()?.runtime;
    runtime?.onMessage.addListener(onMessage);
    lifetime.onInvalidated(() => runtime?.onMessage.removeListener(onMessage));
  }
  lifetime.onInvalidated(() => watch.stop());
  if (window === window.top) listen();
  onInPageNavigation(lifetime, () => {
    watch.start();
    setTimeout(() => void look().catch(() => watch.stop()), timing?.throttleMs ?? 0);
  });
  watch.start();
  if (mayBeReport(doc)) load().catch(() => watch.stop());
  return lifetime;
}
