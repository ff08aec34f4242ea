// The command line reads saved pages with linkedom, which has no layout, no rows/cells/rowSpan and no
// getComputedStyle. Every fixture page must give exactly what jsdom (and so Chromium, by the e2e round trip) gives.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildGrid } from '@/src/dom/grid';
import { extractPage } from '@/src/extract/extract';
import { analyse } from '@/src/pipeline';
import { fixtureDocument, fixtureExpected, fixtureHtml, fixtureNames, fixtureUrl } from './fixtures';

const linkedomDocument = (html: string) => parseHTML(html).document as unknown as Document;

describe.each(fixtureNames())('fixture %s in linkedom', (name) => {
  const inJsdom = extractPage(fixtureDocument(name), fixtureUrl(name)).page;
  const inLinkedom = extractPage(linkedomDocument(fixtureHtml(name)), fixtureUrl(name)).page;

  it('extracts the same raw page as jsdom (tables, prose, headlines, attachments, images)', () => {
    expect(inLinkedom).toEqual(inJsdom);
  });

  it('gives the same contract JSON as jsdom, and the hand-worked report', () => {
    const json = analyse(inLinkedom)?.json ?? null;
    expect(json).toEqual(analyse(inJsdom)?.json ?? null);
    expect(json?.report ?? null).toEqual(fixtureExpected(name).report);
  });
});

describe('grid and text without layout', () => {
  const gridOf = (html: string) =>
    buildGrid(linkedomDocument(`<table>${html}</table>`).querySelector('table') as HTMLTableElement)!.slots.map((line) =>
      line.map((slot) => slot?.el.textContent ?? '.').join(''),
    );

  it('orders row groups as Chromium does: first thead, bodies and loose rows in order, first tfoot', () => {
    expect(gridOf('<tfoot><tr><td>F</td></tr></tfoot><tr><td>L</td></tr><tbody><tr><td>B</td></tr></tbody><thead><tr><td>H</td></tr></thead><thead><tr><td>h</td></tr></thead>')).toEqual(['H', 'L', 'B', 'h', 'F']);
  });

  it('reads spans from attributes: rowspan=0 to the group end, fractions truncated, 0 or junk colspan is 1', () => {
    expect(gridOf('<tr><td rowspan=0>x</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr>')).toEqual(['x1', 'x2', 'x3']);
    expect(gridOf('<tr><td rowspan=" 2.9">x</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr>')).toEqual(['x1', 'x2', '3.']);
    expect(gridOf('<tr><td colspan=0>a</td><td colspan=abc>b</td><td colspan="-2">c</td><td>d</td></tr>')).toEqual(['abcd']);
    expect(gridOf('<tr><td rowspan=-1>a</td><td>1</td></tr><tr><td>2</td><td>3</td></tr>')).toEqual(['a1', '23']);
  });

  it('clamps colspan at 1000 and rowspan at 65534 like the browsers', () => {
    const wide = buildGrid(linkedomDocument('<table><tr><td colspan=99999>x</td></tr></table>').querySelector('table') as HTMLTableElement)!;
    expect(wide.width).toBe(1000);
  });
});
