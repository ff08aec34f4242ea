import { route } from '@/src/background/router';
import { forgetTab } from '@/src/background/tabs';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(route);
  // A new document in the tab (change.url needs the tabs permission, so status it is): its frames report again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
