// Messages between the content script, the background worker and the popup: one map from each request to its
// answer, and typed senders, so no caller casts an answer. No schemas here: the detector imports these types and
// must stay free of zod. Requests are validated where they are acted on (src/content/requests.ts in the pipeline,
// src/background/requests.ts in the worker, which also validates a report's JSON once, as it crosses into it).
import { browser } from 'wxt/browser';
import type { Finding } from './check/types';
import type { ReportJson } from './model/schema';

/** Phase timings of the pipeline on a page, the answer to nbc:profile (measured by src/content/profile.ts). */
export interface Profile {
  runs: number;
  report: boolean;
  /** Medians in milliseconds. */
  detect: number;
  extract: number;
  analyse: number;
  annotate: number;
  pipeline: number;
  /** Reading each cell's textContent: the least any reader of these cells must do. */
  baseline: number;
  /** Reading each cell's innerText: how a naive checker reads the text a person sees. */
  baselineInnerText: number;
  cells: number;
  /** Characters the baseline read (kept so the pass cannot be optimised away). */
  baselineChars: number;
}

/** What a frame tells the background after each scan (small: the badge and the frame choice need no more). */
export interface FrameSummary {
  report: boolean;
  status?: string;
  fail: number;
  warn: number;
  review: number;
  url: string;
}

/** A frame's full answer to the popup. Findings carry their message key and data so the popup can localise. */
export type ContentState =
  | { kind: 'none'; url: string }
  /** The scan threw on this page: nothing was marked. */
  | { kind: 'error'; url: string; message: string }
  | {
      kind: 'report';
      url: string;
      json: ReportJson;
      findings: Pick<Finding, 'rule' | 'scope' | 'outcome' | 'key' | 'data' | 'hint' | 'cells' | 'sentence'>[];
      overlay: boolean;
      blanksAsZero: boolean;
      crossYear: CrossYear;
    };

/** Which earlier report the cross-year rules compared with, or which one would enable them. */
export interface CrossYear {
  previous: { agency: string | null; year: number | null; url: string } | null;
  wanted: { agency: string; year: number } | null;
}

/** The background's answer to nbc:previous. */
export type PreviousAnswer = { url: string; report: ReportJson } | null;

/** Frame id → that frame's last summary. */
export type FramesAnswer = Record<string, FrameSummary>;

/**
 * The frame the badge counts and the popup shows. A report whose tables were read wins over one that could not be
 * read; among those, the top frame (the page the user opened: a foreign iframe must not speak for it), then the
 * frame with the most failures, then the lowest frame id. No report frame: the top frame.
 */
export function chosenFrame(frames: FramesAnswer): { frameId: number; summary: FrameSummary | null } {
  const rank = ([id, f]: [string, FrameSummary]) => [f.status === 'tables' ? 1 : 0, id === '0' ? 1 : 0, f.fail, -Number(id)];
  const reports = Object.entries(frames).filter(([, f]) => f.report);
  const best = reports.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    const i = ra.findIndex((value, k) => value !== rb[k]);
    return i < 0 ? 0 : rb[i]! - ra[i]!;
  })[0];
  return best ? { frameId: Number(best[0]), summary: best[1] } : { frameId: 0, summary: null };
}

/** What a frame's content script answers: request fields and the answer, per request type. */
export interface ContentMessages {
  'nbc:state': { request: object; answer: ContentState };
  /** Scroll to finding `index`'s cell; false when it has no cell. */
  'nbc:focus': { request: { index: number }; answer: boolean };
  'nbc:rescan': { request: object; answer: ContentState };
  /** Phase timings for `npm run bench` (src/content/profile.ts); only in a build made with WXT_NBC_PROFILE=true. */
  'nbc:profile': { request: { runs: number }; answer: Profile };
}

/** What the background worker answers. */
export interface BackgroundMessages {
  /** A frame's scan result; `report` (a report whose tables were read) goes into the local history. */
  'nbc:frame': { request: { summary: FrameSummary; report?: ReportJson }; answer: void };
  'nbc:frames': { request: { tabId: number }; answer: FramesAnswer };
  /** The same agency's report of year − 1, for the crossYear.* rules. */
  'nbc:previous': { request: { agency: string; year: number }; answer: PreviousAnswer };
  /** A report JSON exported earlier (popup or options page), to enable cross-year checks without visiting the page;
   *  true when it was saved. */
}

type Requests<M extends { [T in keyof M]: { request: object } }> = { [T in keyof M & string]: { type: T } & M[T]['request'] };
export type ContentRequest = Requests<ContentMessages>[keyof ContentMessages];
export type BackgroundRequest = Requests<BackgroundMessages>[keyof BackgroundMessages];

/** Ask one frame of a tab; undefined when no content script answered (the frame ignored the request). */
export function sendToFrame<T extends keyof ContentMessages>(
  tabId: number,
  frameId: number,
  request: { type: T } & ContentMessages[T]['request'],
): Promise<ContentMessages[T]['answer'] | undefined> {
  return browser.tabs.sendMessage(tabId, request, { frameId }) as Promise<ContentMessages[T]['answer'] | undefined>;
}

/** Ask the background worker. */
export function sendToBackground<T extends keyof BackgroundMessages>(request: { type: T } & BackgroundMessages[T]['request']): Promise<BackgroundMessages[T]['answer']> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundMessages[T]['answer']>;
}
