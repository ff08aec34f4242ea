// The background's per-tab frame registry, the badge and the frame the popup shows (one choice for both), and the
// router's validation.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { route } from '@/src/background/router';
import { badgeFor, forgetTab, framesOf, recordFrame } from '@/src/background/tabs';
import { chosenFrame, type FrameSummary } from '@/src/messages';

const frame = (over: Partial<FrameSummary>): FrameSummary => ({ report: false, fail: 0, warn: 0, review: 0, url: 'u', ...over });
const passing = frame({ report: true, status: 'tables', warn: 1 });
const failing = (fail: number) => frame({ report: true, status: 'tables', fail });

beforeEach(() => fakeBrowser.reset());

describe('the toolbar badge', () => {
  it('counts failures in red, ticks a passing report, stays empty elsewhere', () => {
    expect(badgeFor({ 0: frame({ report: true, status: 'tables', fail: 6, warn: 1 }) })).toEqual({ text: '6', colour: '#c5221f' });
    expect(badgeFor({ 0: frame({ report: true, status: 'tables', warn: 2 }) })).toEqual({ text: '✓', colour: '#188038' });
    expect(badgeFor({})).toEqual({ text: '', colour: '#5f6368' });
    // A report whose tables could not be read has nothing to count: no badge rather than a misleading ✓.
    expect(badgeFor({ 0: frame({ report: true, status: 'no-html-tables' }) }).text).toBe('');
  });
});

describe('the frame the badge and the popup describe', () => {
  it('is the one whose tables were read, not the first that answers', () => {
    expect(chosenFrame({ 0: frame({ report: false }), 7: frame({ report: true, status: 'no-html-tables' }), 12: failing(2) }).frameId).toBe(12);
    expect(chosenFrame({ 0: frame({ report: false }), 7: frame({ report: true, status: 'no-html-tables' }) }).frameId).toBe(7);
    expect(chosenFrame({})).toEqual({ frameId: 0, summary: null });
  });

  it('is the top frame when it holds a report: a failing foreign iframe does not speak for the page', () => {
    const frames = { 0: passing, 5: failing(5) };
    expect(chosenFrame(frames).frameId).toBe(0);
    expect(badgeFor(frames).text).toBe('✓');
  });

  it('is the iframe with the most failures when the top frame holds none, and the badge counts that frame only', () => {
    const frames = { 0: frame({ report: false }), 3: failing(1), 4: failing(5), 6: failing(5), 8: passing };
    expect(chosenFrame(frames).frameId).toBe(4);
    expect(badgeFor(frames).text).toBe('5');
  });
});

describe('the frame registry', () => {
  it('records every frame when four report frames answer at once', async () => {
    for (let load = 0; load < 10; load++) {
      await forgetTab(9);
      await Promise.all([1, 2, 3, 4].map((frameId) => recordFrame(9, frameId, failing(frameId))));
      expect(Object.keys(await framesOf(9)).sort()).toEqual(['1', '2', '3', '4']);
    }
  });

  it('keeps tabs apart and forgets only the tab that navigated', async () => {
    await Promise.all([recordFrame(1, 0, passing), recordFrame(2, 0, failing(3)), recordFrame(2, 7, passing)]);
    await forgetTab(2);
    expect(await framesOf(2)).toEqual({});
    expect(await framesOf(1)).toEqual({ 0: passing });
  });
});

describe('the background router', () => {
  const sender = { tab: { id: 4 } as never, frameId: 2 };

  it('records a frame summary sent from a tab, and lists it', async () => {
    await route({ type: 'nbc:frame', summary: failing(2) }, sender);
    expect(await route({ type: 'nbc:frames', tabId: 4 }, {})).toEqual({ 2: failing(2) });
  });

  it('ignores malformed and unknown requests, and frame summaries from outside a tab', () => {
    expect(route({ type: 'nbc:frame', summary: { report: 'yes' } }, sender)).toBeUndefined();
    expect(route({ type: 'nbc:options', blanksAsZero: true }, sender)).toBeUndefined();
    expect(route({ type: 'nbc:frame', summary: failing(1) }, {})).toBeUndefined();
  });
});
