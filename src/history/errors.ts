// The last history write that failed (storage full, quota, a corrupt store), kept in storage.session so that the
// popup and the options page can show it: a save fails in the background, where nobody would see it (issue 17:
// "History stops saving at about 880 reports, silently"). storage.session has its own quota, so a full
// storage.local does not stop the message.
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

const ERROR_KEY = 'historyError';
const HistoryErrorSchema = z.object({ message: z.string(), at: z.string() });
export type HistoryError = z.infer<typeof HistoryErrorSchema>;
const MAX_MESSAGE = 300;

export async function recordHistoryError(error: unknown, now = new Date()): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_MESSAGE);
  try {
    await browser.storage.session.set({ [ERROR_KEY]: { message, at: now.toISOString() } satisfies HistoryError });
  } catch {
    // Nowhere left to tell: the caller still gets the original error.
  }
}

export async function lastHistoryError(): Promise<HistoryError | null> {
  const parsed = HistoryErrorSchema.safeParse((await browser.storage.session.get(ERROR_KEY))[ERROR_KEY]);
  return parsed.success ? parsed.data : null;
}

export async function dismissHistoryError(): Promise<void> {
  await browser.storage.session.remove(ERROR_KEY);
}
