// Issue 17 items 5 and 7 in jsdom: what a page can do to our marks, and what it can read from them.
import { afterEach, describe, expect, it } from 'vitest';
import { annotate, type Annotation } from '@/src/annotate/annotate';
import { marksFor } from '@/src/annotate/marks';
import { extractPage } from '@/src/extract/extract';
import { analyse } from '@/src/pipeline';
import { fixtureDocument, fixtureUrl } from './fixtures';
import { keepShadowRoots, overlayElements } from './overlay-elements';

// Each case reads and checks a real-shaped page: seconds on a loaded 2-core machine.
const SLOW = 30_000;
let annotation: Annotation | undefined;
afterEach(() => annotation?.teardown());

function prepared(name: string, pageScript?: (doc: Document) => void) {
  const doc = fixtureDocument(name);
  pageScript?.(doc);
  const before = doc.documentElement.outerHTML;
  const { page, cells } = extractPage(doc, fixtureUrl(name));
  return { doc, before, input: marksFor(analyse(page)!, cells, 'zh-CN') };
}
const adoptedSheets = (doc: Document) => doc.adoptedStyleSheets?.length ?? 0;
const styleElements = (doc: Document) => doc.querySelectorAll('style').length;

describe('a page that defines our element names', { timeout: SLOW }, () => {
  it('cannot break marking: our names are not the ones it defined', () => {
    const { doc, before, input } = prepared('seed-004-weibin-2024', (doc) => {
      const win = doc.defaultView as unknown as typeof globalThis;
      // The attack of issue 17: a custom element that takes the shadow root itself, so ours cannot attach.
      for (const name of ['nbc-popover', 'nbc-marker', 'nbc-panel']) {
        win.customElements.define(name, class extends win.HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }); } });
      }
    });
    annotation = annotate(doc, input);
    expect(overlayElements(doc, 'marker').length).toBe(4);
    annotation.teardown();
    annotation = undefined;
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('names change with every run, so a name seen once cannot be defined for the next', () => {
    const { doc, input } = prepared('seed-004-weibin-2024');
    const first = overlayElements((annotation = annotate(doc, input), doc), 'panel')[0]!.tagName;
    annotation.teardown();
    annotation = annotate(doc, input);
    const second = overlayElements(doc, 'panel')[0]!.tagName;
    expect(first).toMatch(/^NBC-PANEL-[0-9A-Z]{2,}$/);
    expect(second).not.toBe(first);
  });
});

describe('a failure halfway through marking', { timeout: SLOW }, () => {
  it('leaves nothing behind: no attribute, no element, no stylesheet', () => {
    const { doc, before, input } = prepared('seed-004-weibin-2024');
    const sheets = adoptedSheets(doc);
    const styles = styleElements(doc);
    // The third marked cell refuses our marker (a page script, a frozen node): marking throws midway.
    const victim = input.findings.filter((finding) => finding.primary)[2]!.primary!;
    victim.appendChild = () => {
      throw new Error('page refused the node');
    };
    expect(() => annotate(doc, input)).toThrow('page refused the node');
    delete (victim as Partial<HTMLElement>).appendChild;
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(adoptedSheets(doc)).toBe(sheets);
    expect(styleElements(doc)).toBe(styles);
  });
});

describe('a page that copies its marked table', { timeout: SLOW }, () => {
  it('keeps none of our attributes or elements after teardown', () => {
    const { doc, input } = prepared('seed-004-weibin-2024');
    annotation = annotate(doc, input);
    const table = doc.querySelectorAll('table')[1]!;
    const copy = table.cloneNode(true) as HTMLElement;
    expect(copy.querySelectorAll('[data-nbc-outcome]').length).toBeGreaterThan(0);
    doc.body.append(copy);
    annotation.teardown();
    annotation = undefined;
    expect(doc.querySelectorAll('[data-nbc-outcome], [data-nbc-related], [data-nbc-flash]').length).toBe(0);
    expect(overlayElements(doc, 'marker').length).toBe(0);
  });
});

describe('what page script can read (item 5)', { timeout: SLOW }, () => {
  it('the shadow roots are closed: no message, no figure from last year, is reachable from the page', () => {
    const { doc, input } = prepared('seed-004-weibin-2024');
    const shadowOf = keepShadowRoots(doc);
    annotation = annotate(doc, input);
    // Open the popover as a reader would (it is made at the first click), so it holds a message too.
    shadowOf(overlayElements(doc, 'marker')[1]!).querySelector('button')!.click();
    const hosts = [...overlayElements(doc, 'marker'), ...overlayElements(doc, 'panel'), ...overlayElements(doc, 'popover')];
    expect(hosts.length).toBe(6);
    expect(hosts.every((host) => host.shadowRoot === null)).toBe(true);
    // Nothing of the findings' text is in the page's own DOM.
    expect(doc.body.textContent).not.toContain('相差');
    expect(hosts.map((host) => host.textContent).join('')).toBe('');
  });
});
