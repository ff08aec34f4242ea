// The content script proper: it runs in every frame of every page, so it is only the detector (title, <head>
// metadata, first heading, first rows of tables: src/detect/), the late-content watch and the answer "no report
// here". The pipeline (extract, parse, check, annotate, with zod and the word tables) is a separate module loaded
// only into a frame where the detector says yes (issue 15: evaluating it everywhere cost 16 ms a frame).
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { mayBeReport } from '../detect/detect';
import type { ContentState } from '../messages';
import { watchLateContent, type WatchTiming } from './watch';

/** What the pipeline module offers the detector (src/content/controller.ts). */
export interface Pipeline {
  /** Validates and answers a popup request; undefined when it is not one. */
  answer(message: unknown): Promise<unknown> | undefined;
  /** Read the page again (late content, in-page navigation). */
  scan(): Promise<void>;
}
export type StartPipeline = (doc: Document, ctx: ContentScriptContext, onTablesRead: () => void) => Promise<Pipeline>;

/** Where the pipeline module leaves its start function: a global of the content scripts' isolated world. */
export const PIPELINE_GLOBAL = '__nbcStartPipeline';

const isRequest = (message: unknown): message is { type: string } =>
  typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';

/**
 * WXT stops an older copy of a content script when a newer one announces itself with a DOM event named
 * `<extension id>:content:wxt:content-script-started`; a page can dispatch that event too and switch us off
 * (issue 17). No legitimate announcement ever reaches us: browsers do not inject a second copy into an open page
 * (an update orphans the old one, which the pipeline's watchdog tears down). So every such event is stopped in the
 * capture phase at `window`, before it reaches WXT's listener on `document`.
 */
function ignoreStopRequests(ctx: ContentScriptContext): void {
  // WXT's own name for the event (declared private in its types, public at run time).
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(name, (event) => event.stopImmediatePropagation(), { capture: true, signal: ctx.signal });
}

export function startDetector(doc: Document, ctx: ContentScriptContext, loadPipeline: () => Promise<StartPipeline>, timing?: WatchTiming): void {
  ignoreStopRequests(ctx);
  let pipeline: Promise<Pipeline> | null = null;
  const watch = watchLateContent(doc, () => void look(), timing);
  const load = () => (pipeline ??= loadPipeline().then((start) => start(doc, ctx, () => watch.stop())));
  async function look(): Promise<void> {
    if (pipeline) await (await pipeline).scan();
    else if (mayBeReport(doc)) await load();
  }
  const noReport = (): ContentState => ({ kind: 'none', url: location.href });

  const onMessage = (message: unknown): Promise<unknown> | undefined => {
    if (!isRequest(message)) return undefined;
    if (pipeline) return pipeline.then((p) => p.answer(message));
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
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    watch.stop();
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    watch.start();
    void look();
  });
  watch.start();
  if (mayBeReport(doc)) void load();
}
