// The background worker's answers to the popup, the options page and the content scripts. Every request is
// validated first (src/background/requests.ts); answers follow the map in src/messages.ts.
import type { Browser } from 'wxt/browser';
import { findPrevious, saveReport } from '../history/store';
import type { BackgroundMessages } from '../messages';
import { BackgroundRequestSchema } from './requests';
import { framesOf, recordFrame } from './tabs';

type Answer = BackgroundMessages[keyof BackgroundMessages]['answer'];

/** undefined: not ours to answer (unknown or malformed request, or a frame request from outside a tab). */
export function route(message: unknown, sender: Browser.runtime.MessageSender): Promise<Answer> | undefined {
  const parsed = BackgroundRequestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'nbc:frames':
      return framesOf(request.tabId);
    case 'nbc:previous':
      // sender.url: candidates from the asking page's own site come first.
      return findPrevious(request.agency, request.year, sender.url);
    case 'nbc:frame': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      // Nothing from private windows is remembered (the content script also holds back, src/history/access.ts).
      const saved = request.report && !sender.tab?.incognito ? saveReport(request.report, request.summary.url) : Promise.resolve(null);
      return Promise.all([recordFrame(tabId, sender.frameId ?? 0, request.summary), saved]).then(() => undefined);
    }
  }
}
