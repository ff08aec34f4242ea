// A prose finding marks its sentence on the page. jsdom has no CSS.highlights: the range finding and the fallback
// (an outline on the element holding the sentence) are tested here, and the Highlight path with a stand-in API.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { annotate, type Annotation } from '@/src/annotate/annotate';
import { marksFor } from '@/src/annotate/marks';
import { findSentence, HIGHLIGHT_ATTRIBUTE, markSentences } from '@/src/annotate/sentences';
import { extractPage } from '@/src/extract/extract';
import { analyse } from '@/src/pipeline';
import { fixtureDocument, fixtureUrl } from './fixtures';

// Seed 004's sentence as a Word-pasted page splits it: spans, a line break inside the text, a stray space.
const WORD_PASTED =
  '<p class="MsoNormal"><span>(二)依申请公开。</span><span>2024年度,区政府办新收到</span><span>自然人提交的信息公开申请4件,\n其中3件依法依规答复公开, 1件属不掌握相关政府信息原因无法提供,已按规定向申请人作出说明。</span></p><p>下一段。</p>';
const SENTENCE = '2024年度,区政府办新收到自然人提交的信息公开申请4件,其中3件依法依规答复公开,1件属不掌握相关政府信息原因无法提供,已按规定向申请人作出说明。';
const page = (body: string) => new JSDOM(`<html><body>${body}</body></html>`).window.document;
/** A stand-in for CSS.highlights / Highlight (Chromium has them; jsdom does not). */
function withHighlightApi(doc: Document): Map<string, { ranges: Range[] }> {
  const highlights = new Map<string, { ranges: Range[] }>();
  Object.assign(doc.defaultView!, { CSS: { highlights }, Highlight: class { ranges: Range[]; constructor(...ranges: Range[]) { this.ranges = ranges; } } });
  return highlights;
}

let annotation: Annotation | undefined;
afterEach(() => {
  annotation?.teardown();
  annotation = undefined;
});

describe('finding a sentence on the page', () => {
  it('spans the elements it is split into, whitespace ignored', () => {
    const range = findSentence(page(WORD_PASTED), SENTENCE)!;
    expect(range.toString().replace(/\s/g, '')).toBe(SENTENCE);
    expect((range.startContainer as Text).data).toBe('2024年度,区政府办新收到');
    expect(range.startOffset).toBe(0);
  });

  it('reads the prose inside a layout table but not a script, a report table or our own nodes', () => {
    // An old site's article inside a layout table (a table holding tables), after a script and a report table that
    // hold the same words, and one of our marker hosts holding them too: only the article's paragraph is the prose.
    const doc = page(
      `<script>var s = "${SENTENCE}";</script><table><tr><td>${SENTENCE}</td></tr></table>` +
        `<nbc-marker-x>${SENTENCE}</nbc-marker-x><table><tr><td><p id="article">${SENTENCE}</p><table><tr><td>1</td></tr></table></td></tr></table>`,
    );
    const range = findSentence(doc, SENTENCE)!;
    expect(range.startContainer.parentElement!.id).toBe('article');
    expect(range.toString()).toBe(SENTENCE);
    expect(findSentence(page(`<table><tr><td>${SENTENCE}</td></tr></table><p>别的话。</p>`), SENTENCE)).toBeNull();
  });

  it('is null when the text is not on the page (the sentence never matches across another sentence)', () => {
    expect(findSentence(page(WORD_PASTED), '全年共收到政府信息公开申请10件。')).toBeNull();
  });
});

describe('marking without the Highlight API (jsdom)', () => {
  it('outlines the element holding the sentence and undoes it exactly', () => {
    const doc = page(WORD_PASTED);
    const before = doc.body.innerHTML;
    const undo: (() => void)[] = [];
    const marks = markSentences(doc, [{ outcome: 'warn', sentence: SENTENCE }, { outcome: 'fail' }], undo);
    expect(doc.querySelector('[data-nbc-sentence]')).toBe(doc.querySelector('p'));
    expect(doc.querySelector(`[${HIGHLIGHT_ATTRIBUTE}]`)).toBeNull();
    expect(doc.querySelector('p')!.getAttribute('data-nbc-sentence')).toBe('warn');
    expect(marks.focus(0)).toBe(true);
    expect(marks.focus(1)).toBe(false);
    while (undo.length) undo.pop()!();
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('marking with the Highlight API', () => {
  it('registers one highlight per outcome, scopes its colours to the elements holding its text, and undoes both', () => {
    const doc = page(WORD_PASTED);
    const before = doc.body.innerHTML;
    const highlights = withHighlightApi(doc);
    const undo: (() => void)[] = [];
    const marks = markSentences(doc, [{ outcome: 'warn', sentence: SENTENCE }], undo);
    expect([...highlights.keys()]).toEqual(['nbc-sentence-warn']);
    expect(highlights.get('nbc-sentence-warn')!.ranges[0]!.toString().replace(/\s/g, '')).toBe(SENTENCE);
    // The sentence starts in the second span and ends in the third: those two hold its text, not the first span
    // ("(二)依申请公开。"), nor the paragraph (its own text nodes are none), nor the next paragraph.
    const spans = [...doc.querySelectorAll('span')];
    expect([...doc.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)]).toEqual([spans[1], spans[2]]);
    expect(doc.querySelector('[data-nbc-sentence]')).toBeNull();
    marks.focus(0);
    expect([...highlights.keys()]).toEqual(['nbc-sentence-warn', 'nbc-sentence-flash']);
    while (undo.length) undo.pop()!();
    expect(highlights.size).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('marks the paragraph when the sentence lies within one text node of it', () => {
    const doc = page(`<p id="own">前一句。${SENTENCE}后一句。</p><p>下一段。</p>`);
    withHighlightApi(doc);
    markSentences(doc, [{ outcome: 'fail', sentence: SENTENCE }], []);
    expect([...doc.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)].map((el) => el.id)).toEqual(['own']);
  });

  it('marks nothing when the sentence is not on the page', () => {
    const doc = page(WORD_PASTED);
    const before = doc.body.innerHTML;
    const highlights = withHighlightApi(doc);
    markSentences(doc, [{ outcome: 'warn', sentence: '全年共收到政府信息公开申请10件。' }, { outcome: 'fail' }], []);
    expect(highlights.size).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('annotate seed 004', () => {
  it('marks the sentence of the 自然人 4-vs-3 warning, jumps to it, and leaves the page as it was', () => {
    const name = 'seed-004-weibin-2024';
    const doc = fixtureDocument(name);
    const before = doc.documentElement.outerHTML;
    const { page: raw, cells } = extractPage(doc, fixtureUrl(name));
    const analysis = analyse(raw)!;
    const input = marksFor(analysis, cells, 'zh-CN');
    const index = input.findings.findIndex((finding) => finding.rule === 'narrative.applicants');
    expect(input.findings[index]!.sentence).toContain('新收到自然人提交的信息公开申请4件');
    annotation = annotate(doc, input);
    const marked = doc.querySelector('[data-nbc-sentence]')!;
    expect(marked.getAttribute('data-nbc-sentence')).toBe('warn');
    expect(marked.textContent).toContain('区政府办新收到自然人提交的信息公开申请4件');
    expect(annotation.focus(index)).toBe(true);
    expect(marked.hasAttribute('data-nbc-flash')).toBe(true);
    annotation.teardown();
    annotation = undefined;
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
