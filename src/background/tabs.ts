// What the background knows per tab: each frame's last summary under its own storage.session key
// (`frame:<tab>:<frame>`, so frames never rewrite each other's entries), written through one queue with the badge
// and the tab's clean-up. storage.session survives the service worker being stopped. The badge describes the frame
// the popup shows (chosenFrame).
import { browser } from 'wxt/browser';
import { chosenFrame, type FrameSummary, type FramesAnswer } from '../messages';
import { PALETTE, PASS_FILL } from '../model/palette';
import { createQueue } from './queue';

const prefix = (tabId: number) => `frame:${tabId}:`;
const registryWrite = createQueue();

export async function framesOf(tabId: number): Promise<FramesAnswer> {
  const all = await browser.storage.session.get(null);
  const frames: FramesAnswer = {};
  for (const [key, summary] of Object.entries(all)) {
    if (key.startsWith(prefix(tabId))) frames[key.slice(prefix(tabId).length)] = summary as FrameSummary;
  }
  return frames;
}

export function recordFrame(tabId: number, frameId: number, summary: FrameSummary): Promise<void> {
  return registryWrite(async () => {
    await browser.storage.session.set({ [`${prefix(tabId)}${frameId}`]: summary });
    await showBadge(tabId, await framesOf(tabId));
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return registryWrite(async () => {
    await browser.storage.session.remove(Object.keys(await framesOf(tabId)).map((frameId) => `${prefix(tabId)}${frameId}`));
    await browser.action.setBadgeText({ tabId, text: '' });
  });
}

/** Red count of the chosen frame's failures, a green ✓ for a report that passed, nothing where there is none. */
export function badgeFor(frames: FramesAnswer): { text: string; colour: string } {
  const { summary } = chosenFrame(frames);
  if (!summary || summary.status !== 'tables') return { text: '', colour: PALETTE.review.fill };
  if (summary.fail > 0) return { text: String(summary.fail), colour: PALETTE.fail.fill };
  return { text: '✓', colour: PASS_FILL };
}

async function showBadge(tabId: number, frames: FramesAnswer): Promise<void> {
  const action = browser.action; // both builds are MV3 (Firefox's too)
  const { text, colour } = badgeFor(frames);
  await action.setBadgeText({ tabId, text });
  if (text) await action.setBadgeBackgroundColor({ tabId, color: colour });
}
