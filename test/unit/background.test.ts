import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/src/background/tabs';
import type { FrameSummary } from '@/src/messages';
import { reportFrame } from '@/src/popup/connect';

const frame = (over: Partial<FrameSummary>): FrameSummary => ({ report: false, fail: 0, warn: 0, review: 0, url: 'u', ...over });

describe('the toolbar badge', () => {
  it('counts failures in red, ticks a passing report, stays empty elsewhere', () => {
    expect(badgeFor({ 0: frame({ report: true, status: 'tables', fail: 6, warn: 1 }) })).toEqual({ text: '6', colour: '#c5221f' });
    expect(badgeFor({ 0: frame({ report: true, status: 'tables', warn: 2 }) })).toEqual({ text: '✓', colour: '#188038' });
    expect(badgeFor({})).toEqual({ text: '', colour: '#5f6368' });
    // A report whose tables could not be read has nothing to count: no badge rather than a misleading ✓.
    expect(badgeFor({ 0: frame({ report: true, status: 'no-html-tables' }) }).text).toBe('');
  });
});

describe('the frame the popup asks', () => {
  it('is the one whose tables were read, not the first that answers', () => {
    expect(reportFrame({ 0: frame({ report: false }), 7: frame({ report: true, status: 'no-html-tables' }), 12: frame({ report: true, status: 'tables' }) })).toBe(12);
    expect(reportFrame({ 0: frame({ report: false }), 7: frame({ report: true, status: 'no-html-tables' }) })).toBe(7);
    expect(reportFrame({})).toBe(0);
  });
});
