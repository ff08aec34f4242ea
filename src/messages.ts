// Messages between the content script, the background worker and the popup. Every incoming message is parsed
// with zod before it is acted on: a page cannot talk to us, but a stale or foreign message must not crash us.
import * as z from 'zod/mini';
import type { Finding } from './check/types';
import type { ReportJson } from './model/schema';

export const ContentRequestSchema = z.union([
  z.object({ type: z.literal('nbc:state') }),
  z.object({ type: z.literal('nbc:focus'), index: z.number() }),
  z.object({ type: z.literal('nbc:overlay'), on: z.boolean() }),
  z.object({ type: z.literal('nbc:rescan') }),
  z.object({ type: z.literal('nbc:options'), blanksAsZero: z.boolean() }),
  // Phase timings for `npm run bench` (src/content/profile.ts).
  z.object({ type: z.literal('nbc:profile'), runs: z.number() }),
]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** What a frame tells the background after each scan (small: the badge and the frame choice need no more). */
export const FrameSummarySchema = z.object({
  report: z.boolean(),
  status: z.optional(z.string()),
  fail: z.number(),
  warn: z.number(),
  review: z.number(),
  url: z.string(),
});
export type FrameSummary = z.infer<typeof FrameSummarySchema>;


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

export type FramesAnswer = Record<string, FrameSummary>;
