// Prose findings → their sentence marked on the page. The CSS Custom Highlight API paints a text range without
// changing the text or the tree (Chrome 105+, Safari 17.2+, Firefox 140+, complete in 149: ESR 153 has it); the
// elements holding the range's text get one attribute, to which the colours are scoped. Where the API is missing,
// the element holding the sentence gets an outline by attribute instead. Every mark is undone through the
// annotator's undo list.
import type { Outcome } from '../model/schema';
import { PALETTE } from '../model/palette';

type Shown = Exclude<Outcome, 'pass'>;
export interface SentenceFinding {
  outcome: Shown;
  /** The sentence as the prose holds it (RawPage.prose between the finding's offsets). */
  sentence?: string;
}

const HIGHLIGHT = (outcome: Shown | 'flash') => `nbc-sentence-${outcome}`;
/** Marks the elements that hold a highlighted sentence's text. The ::highlight rules below apply only there: an
 *  unscoped ::highlight rule makes Chromium restyle every element of the page when our sheet comes and goes
 *  (scripts/bench-restyle.mjs: 6–11 ms on 洪泽 2023 against 0.4–0.5 ms scoped). The text's own parent element is marked,
 *  not a common ancestor: before highlight inheritance (Chrome 134) a text takes its ::highlight style from it. */
export const HIGHLIGHT_ATTRIBUTE = 'data-nbc-highlight';
export const SENTENCE_CSS = `
[${HIGHLIGHT_ATTRIBUTE}]::highlight(nbc-sentence-fail){background-color:rgba(${PALETTE.fail.tint},.22)}
[${HIGHLIGHT_ATTRIBUTE}]::highlight(nbc-sentence-warn){background-color:rgba(251,188,4,.40)}
[${HIGHLIGHT_ATTRIBUTE}]::highlight(nbc-sentence-review){background-color:rgba(${PALETTE.review.tint},.22)}
[${HIGHLIGHT_ATTRIBUTE}]::highlight(nbc-sentence-flash){background-color:rgba(26,115,232,.35)}
[data-nbc-sentence]{outline:2px ${PALETTE.warn.stroke} ${PALETTE.warn.line} !important;outline-offset:2px !important}
[data-nbc-sentence="fail"]{outline-style:${PALETTE.fail.stroke} !important;outline-color:${PALETTE.fail.line} !important}
[data-nbc-sentence="review"]{outline-style:${PALETTE.review.stroke} !important;outline-color:${PALETTE.review.line} !important}
@media print{[data-nbc-sentence]{outline:none !important}[${HIGHLIGHT_ATTRIBUTE}]::highlight(nbc-sentence-fail),[${HIGHLIGHT_ATTRIBUTE}]::highlight(nbc-sentence-warn),[${HIGHLIGHT_ATTRIBUTE}]::highlight(nbc-sentence-review),[${HIGHLIGHT_ATTRIBUTE}]::highlight(nbc-sentence-flash){background-color:transparent}}
`;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * Whether the prose may lie inside: not our overlay (nbc-*), not non-rendered text, and not a table without tables
 * inside — the report tables are left out of the prose (src/extract), while an old site's layout table holds others.
 */
function holdsProse(el: Element): boolean {
  const tag = el.tagName;
  if (SKIPPED.has(tag) || tag.startsWith('NBC-')) return false;
  return tag !== 'TABLE' || el.getElementsByTagName('table').length > 0;
}

export interface TextIndex {
  text: string;
  nodes: Text[];
  /** Where each node's whitespace-free text starts in `text`. */
  starts: number[];
}

const WHITESPACE = /\s+/g;
const isWhitespace = (ch: string) => ch.trim() === '';

/** The page's text nodes and their text without whitespace, joined: sentences are found by string search. */
function textIndex(root: Element): TextIndex {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  // A walk by hand in document order, not a TreeWalker: its filter was a call from the page into our script for
  // every node of the page (a fifth of the annotation on seed 004, profile).
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === 3) {
      const stripped = (node as Text).data.replace(WHITESPACE, '');
      if (stripped !== '') {
        nodes.push(node as Text);
        starts.push(length);
        parts.push(stripped);
        length += stripped.length;
      }
    } else if (node.nodeType === 1 && node.firstChild && holdsProse(node as Element)) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The node and offset of the `at`-th whitespace-free character of the index. */
function positionOf(index: TextIndex, at: number): { node: Text; offset: number } {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo]!;
  let remaining = at - index.starts[lo]!;
  for (let offset = 0; offset < node.data.length; offset++) {
    if (isWhitespace(node.data[offset]!)) continue;
    if (remaining-- === 0) return { node, offset };
  }
  return { node, offset: node.data.length };
}

/** The range of the page's text that reads as the sentence (whitespace ignored), or null when it is not there. */
export function findSentence(doc: Document, sentence: string, index: TextIndex | null = null): Range | null {
  const body = doc.body;
  if (!body) return null;
  const found = index ?? textIndex(body);
  const needle = sentence.replace(WHITESPACE, '');
  if (needle === '') return null;
  const at = found.text.indexOf(needle);
  if (at < 0) return null;
  const start = positionOf(found, at);
  const end = positionOf(found, at + needle.length - 1);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  return range;
}

interface HighlightApi {
  highlights: Map<string, unknown>;
  Highlight: new (...ranges: Range[]) => unknown;
}
/** CSS.highlights and Highlight of the document's own window, when the browser has them. */
function highlightApi(doc: Document): HighlightApi | null {
  const View = doc.defaultView as (Window & { CSS?: { highlights?: Map<string, unknown> }; Highlight?: HighlightApi['Highlight'] }) | null;
  const highlights = View?.CSS?.highlights;
  return highlights && typeof View?.Highlight === 'function' ? { highlights, Highlight: View.Highlight } : null;
}

const elementOf = (range: Range): HTMLElement | null => {
  const node = range.commonAncestorContainer;
  return (node.nodeType === 1 ? node : node.parentElement) as HTMLElement | null;
};

export interface SentenceMarks {
  /** Scroll to finding `index`'s sentence and flash it; false when it has none on the page. */
  focus(index: number): boolean;
}

const FLASH_MS = 1600;

/** The elements whose own text nodes hold part of `range`'s text. */
function textParents(range: Range): Set<Element> {
  const doc = range.startContainer.ownerDocument!;
  const View = (doc.defaultView ?? globalThis) as typeof globalThis;
  const parents = new Set<Element>();
  const texts = doc.createNodeIterator(range.commonAncestorContainer, View.NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (node.parentElement && (node as Text).data.trim() !== '' && range.intersectsNode(node)) parents.add(node.parentElement);
  }
  return parents;
}

/** Mark each finding's sentence; every change is pushed onto `undo` (run by the annotator's teardown). */
export function markSentences(doc: Document, findings: readonly SentenceFinding[], undo: (() => void)[]): SentenceMarks {
  const ranges = new Map<number, Range>();
  if (findings.some((finding) => finding.sentence) && doc.body) {
    const index = textIndex(doc.body);
    findings.forEach((finding, i) => {
      const range = finding.sentence ? findSentence(doc, finding.sentence, index) : null;
      if (range) ranges.set(i, range);
    });
  }
  const api = highlightApi(doc);
  if (api) {
    for (const range of ranges.values()) {
      for (const el of textParents(range)) {
        if (el.hasAttribute(HIGHLIGHT_ATTRIBUTE)) continue;
        el.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
        undo.push(() => el.removeAttribute(HIGHLIGHT_ATTRIBUTE));
      }
    }
    for (const outcome of ['fail', 'warn', 'review'] as const) {
      const own = [...ranges].filter(([i]) => findings[i]!.outcome === outcome).map(([, range]) => range);
      if (own.length === 0) continue;
      api.highlights.set(HIGHLIGHT(outcome), new api.Highlight(...own));
      undo.push(() => api.highlights.delete(HIGHLIGHT(outcome)));
    }
  } else {
    for (const [i, range] of ranges) {
      const el = elementOf(range);
      if (!el || el.hasAttribute('data-nbc-sentence')) continue;
      el.setAttribute('data-nbc-sentence', findings[i]!.outcome);
      undo.push(() => el.removeAttribute('data-nbc-sentence'));
    }
  }

  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  let unflash = () => {};
  undo.push(() => {
    clearTimeout(flashTimer);
    unflash();
  });
  return {
    focus(index) {
      const range = ranges.get(index);
      const el = range && elementOf(range);
      if (!range || !el) return false;
      el.scrollIntoView?.({ block: 'center' });
      clearTimeout(flashTimer);
      unflash();
      if (api) {
        api.highlights.set(HIGHLIGHT('flash'), new api.Highlight(range));
        unflash = () => api.highlights.delete(HIGHLIGHT('flash'));
      } else {
        el.setAttribute('data-nbc-flash', '');
        unflash = () => el.removeAttribute('data-nbc-flash');
      }
      flashTimer = setTimeout(() => unflash(), FLASH_MS);
      return true;
    },
  };
}
