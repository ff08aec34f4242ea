import { forgetTab, framesOf, recordFrame } from '@/src/background/tabs';
import { BackgroundRequestSchema } from '@/src/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = BackgroundRequestSchema.safeParse(message);
    if (!request.success) return undefined;
    if (request.data.type === 'nbc:frames') return framesOf(request.data.tabId);
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return recordFrame(tabId, sender.frameId ?? 0, request.data.summary);
  });
  // A new document in the tab (change.url needs the tabs permission, so status it is): its frames report again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
