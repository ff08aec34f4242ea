// Requests a frame's content script acts on, validated in the pipeline before use: a page cannot talk to us, but a
// stale or foreign message must not crash us. (The detector only routes on `type`; it carries no zod.)
import * as z from 'zod/mini';
import type { ContentRequest } from '../messages';

// Typed with the message map: a schema that drifts from src/messages.ts does not compile.
export const ContentRequestSchema: z.ZodMiniType<ContentRequest> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('nbc:state') }),
  z.object({ type: z.literal('nbc:focus'), index: z.number() }),
  z.object({ type: z.literal('nbc:rescan') }),
  z.object({ type: z.literal('nbc:profile'), runs: z.number() }),
]);
