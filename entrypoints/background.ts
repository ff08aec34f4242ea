import { forgetTab, framesOf, recordFrame } from '@/src/background/tabs';
import { findPrevious, saveReport } from '@/src/history/store';
import { BackgroundRequestSchema } from '@/src/background/requests';
import type { PreviousAnswer } from '@/src/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = BackgroundRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    const data = request.data;
    switch (data.type) {
      case 'nbc:frames':
        return framesOf(data.tabId);
      case 'nbc:previous':
        // sender.url: candidates from the asking page's own site come first.
        return findPrevious(data.agency, data.year, sender.url).then((entry): PreviousAnswer => entry);
      case 'nbc:frame': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return undefined;
        // Nothing from private windows is remembered (the content script also holds back, src/history/access.ts).
        const saved = data.report && !sender.tab?.incognito ? saveReport(data.report, data.summary.url) : Promise.resolve(null);
        return Promise.all([recordFrame(tabId, sender.frameId ?? 0, data.summary), saved]).then(() => undefined);
      }
    }
  });
  // A new document in the tab (change.url needs the tabs permission, so status it is): its frames report again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
