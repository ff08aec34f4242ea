// The content script's controller on a fixture page in jsdom, with WXT's fake browser: it marks the report,
// answers the popup, and when the extension is updated (context invalidated) it leaves the page as it found it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ReportController } from '@/src/content/controller';
import { fixtureDocument } from './fixtures';
import { overlayElements } from './overlay-elements';

beforeEach(() => fakeBrowser.reset());

async function started(name: string) {
  const doc = fixtureDocument(name);
  const pristine = doc.documentElement.outerHTML;
  const ctx = new ContentScriptContext('content');
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined as never);
  const controller = new ReportController(doc, ctx);
  await controller.start();
  return { doc, pristine, ctx, sent };
}

describe('the content-script controller', () => {
  it('marks a report and tells the background (badge, history)', async () => {
    const { doc, sent } = await started('seed-004-weibin-2024');
    expect(overlayElements(doc, 'marker').length).toBe(4);
    const frame = sent.mock.calls.map(([m]) => m as unknown as { type: string; summary?: { fail: number }; report?: unknown }).find((m) => m.type === 'nbc:frame');
    expect(frame?.summary?.fail).toBe(6);
    expect(frame?.report).toMatchObject({ report: { agency: '渭滨区人民政府办公室', year: 2024 } });
  });

  it('sends nothing at all from a page that is not a report', async () => {
    const { doc, sent } = await started('negative-news');
    expect(sent).not.toHaveBeenCalled();
    expect(doc.querySelectorAll('[data-nbc-outcome]').length + overlayElements(doc, 'marker').length + overlayElements(doc, 'panel').length).toBe(0);
  });

  it('restores the page exactly when its context is invalidated (extension updated or removed)', async () => {
    const { doc, pristine, ctx } = await started('seed-004-weibin-2024');
    expect(doc.documentElement.outerHTML).not.toBe(pristine);
    ctx.notifyInvalidated();
    expect(doc.documentElement.outerHTML).toBe(pristine);
  });

  it('keeps working when the background is gone ("Extension context invalidated")', async () => {
    const doc = fixtureDocument('hongze-2023');
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    await new ReportController(doc, new ContentScriptContext('content')).start();
    expect(overlayElements(doc, 'marker').length).toBe(2);
  });
});
