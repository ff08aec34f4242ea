// Requests the background worker answers (validated before they are acted on). Kept out of src/messages.ts so
// the content script's bundle does not carry schemas it never parses.
import * as z from 'zod/mini';
import { FrameSummarySchema } from '../messages';
import { ReportJsonSchema } from '../model/schema';

export const BackgroundRequestSchema = z.discriminatedUnion('type', [
  // A frame's scan result; `report` (a report whose tables were read) goes into the local history.
  z.object({ type: z.literal('nbc:frame'), summary: FrameSummarySchema, report: z.optional(ReportJsonSchema) }),
  z.object({ type: z.literal('nbc:frames'), tabId: z.number() }),
  // The same agency's report of year − 1, for the crossYear.* rules.
  z.object({ type: z.literal('nbc:previous'), agency: z.string(), year: z.number() }),
]);
