// Requests the background worker answers, validated before they are acted on: this is where a frame's report JSON
// crosses into the worker (and into the history), so it is validated here, once. Kept out of src/messages.ts so the
// content script's detector carries no schema.
import * as z from 'zod/mini';
import type { BackgroundRequest } from '../messages';
import { ReportJsonSchema } from '../model/schema';

const FrameSummarySchema = z.object({
  report: z.boolean(),
  status: z.optional(z.string()),
  fail: z.number(),
  warn: z.number(),
  review: z.number(),
  url: z.string(),
});

// Typed with the message map: a schema that drifts from src/messages.ts does not compile.
export const BackgroundRequestSchema: z.ZodMiniType<BackgroundRequest> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('nbc:frame'), summary: FrameSummarySchema, report: z.optional(ReportJsonSchema) }),
  z.object({ type: z.literal('nbc:frames'), tabId: z.number() }),
  z.object({ type: z.literal('nbc:previous'), agency: z.string(), year: z.number() }),
]);
