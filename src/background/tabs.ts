// What the background knows per tab: each frame's last summary, kept in storage.session so it survives the
// service worker being stopped. It drives the toolbar badge and tells the popup which frame holds the report.
import { browser } from 'wxt/browser';
import type { FrameSummary, FramesAnswer } from '../messages';

const key = (tabId: number) => `tab:${tabId}`;

export async function framesOf(tabId: number): Promise<FramesAnswer> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as FramesAnswer | undefined) ?? {};
}

export async function recordFrame(tabId: number, frameId: number, summary: FrameSummary): Promise<void> {
  const frames = { ...(await framesOf(tabId)), [frameId]: summary };
  await browser.storage.session.set({ [key(tabId)]: frames });
  await showBadge(tabId, frames);
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
  await toolbarAction().setBadgeText({ tabId, text: '' });
}

/** Red count of failures, a green ✓ for a report that passed, nothing where there is no report. */
export function badgeFor(frames: FramesAnswer): { text: string; colour: string } {
  const reports = Object.values(frames).filter((frame) => frame.report && frame.status === 'tables');
  if (reports.length === 0) return { text: '', colour: '#5f6368' };
  const fail = reports.reduce((n, frame) => n + frame.fail, 0);
  if (fail > 0) return { text: String(fail), colour: '#c5221f' };
  return { text: '✓', colour: '#188038' };
}

/** MV3 `action`, or Firefox MV2's `browserAction`. */
export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

async function showBadge(tabId: number, frames: FramesAnswer): Promise<void> {
  const action = toolbarAction();
  const { text, colour } = badgeFor(frames);
  await action.setBadgeText({ tabId, text });
  if (text) await action.setBadgeBackgroundColor({ tabId, color: colour });
}
