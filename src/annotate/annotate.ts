// Findings → marks on the page. Every mutation is recorded and undone by teardown(), which leaves the page's
// HTML exactly as it was (tested). Marks live inside the cells (outline, a 14px marker) so they scroll and clip
// with the table; only the popover floats, in one shared layer (docs/design.md, "On the page").
import type { Outcome } from '../model/schema';
import type { OverlayStrings } from '../i18n/overlay';
import { addPageStyle, PAGE_ATTRIBUTES, PAGE_CSS } from './page-style';
import { SENTENCE_CSS, markSentences } from './sentences';
import { PALETTE } from '../model/palette';
import { MARKER_CSS, overlayTags, PANEL_CSS, POPOVER_CSS, shadowHost } from './widgets';

export interface MarkedFinding {
  outcome: Outcome;
  rule: string;
  message: string;
  hint?: string;
  /** The cells involved; `primary` (where the wrong value sits) gets the marker. */
  elements: HTMLElement[];
  primary: HTMLElement | null;
  /** A prose finding's sentence, marked where it stands in the text (src/annotate/sentences.ts). */
  sentence?: string;
}
export interface AnnotateInput {
  findings: MarkedFinding[];
  counts: { fail: number; warn: number; review: number; pass: number };
  strings: OverlayStrings;
}
export interface Annotation {
  /** Scroll to finding `index`'s sentence or cell, flash it (and focus the cell's marker); false when it has neither. */
  focus(index: number): boolean;
  teardown(): void;
}

const SEVERITY: Record<Outcome, number> = { fail: 3, warn: 2, review: 1 };
const FLASH_MS = 1600;

/**
 * Mark the page. Every mutation is recorded as it is made, and a throw halfway (a page we did not foresee) undoes
 * what was done so far before it propagates: the page is never left half-marked.
 */
export function annotate(doc: Document, input: AnnotateInput): Annotation {
  const undo: (() => void)[] = [];
  // The document's own realm: listeners on a frame's or another window's nodes need its AbortSignal.
  const View = (doc.defaultView ?? globalThis) as typeof globalThis;
  const events = new View.AbortController();
  const tags = overlayTags();
  const undoAll = () => {
    events.abort();
    while (undo.length) undo.pop()!();
    sweep(doc, Object.values(tags));
  };
  let complete = false;
  try {
    const annotation = draw(doc, input, undo, events.signal, tags, undoAll);
    complete = true;
    return annotation;
  } finally {
    if (!complete) undoAll();
  }
}

/**
 * Our attributes and elements wherever they are now: a page that cloned its table (or a marked cell) copied them
 * to nodes no undo entry knows (issue 17: 75 data-nbc-outcome attributes left behind).
 */
function sweep(doc: Document, tags: string[]) {
  for (const name of PAGE_ATTRIBUTES) for (const el of Array.from(doc.querySelectorAll(`[${name}]`))) el.removeAttribute(name);
  for (const tag of tags) for (const el of Array.from(doc.getElementsByTagName(tag))) el.remove();
}

function draw(
  doc: Document,
  input: AnnotateInput,
  undo: (() => void)[],
  signal: AbortSignal,
  tags: ReturnType<typeof overlayTags>,
  undoAll: () => void,
): Annotation {
  const { strings } = input;

  const setAttr = (el: Element, name: string, value: string) => {
    const before = el.getAttribute(name);
    el.setAttribute(name, value);
    undo.push(() => (before === null ? el.removeAttribute(name) : el.setAttribute(name, before)));
  };
  const append = (parent: Node, child: Node) => {
    parent.appendChild(child);
    undo.push(() => child.parentNode?.removeChild(child));
  };

  addPageStyle(doc, PAGE_CSS + SENTENCE_CSS, undo);

  // Cell outcome: the most severe finding that names the cell.
  const outcomeOf = new Map<HTMLElement, Outcome>();
  for (const finding of input.findings) {
    for (const el of finding.elements) {
      const current = outcomeOf.get(el);
      if (!current || SEVERITY[finding.outcome] > SEVERITY[current]) outcomeOf.set(el, finding.outcome);
    }
  }
  for (const [el, outcome] of outcomeOf) setAttr(el, 'data-nbc-outcome', outcome);

  // One marker per primary cell, listing every finding reported there.
  const byCell = new Map<HTMLElement, number[]>();
  input.findings.forEach((finding, index) => {
    if (!finding.primary) return;
    byCell.set(finding.primary, [...(byCell.get(finding.primary) ?? []), index]);
  });
  // The popover is made at the first click on a marker: most readers never open one, and it was a tenth of marking.
  let popover: ReturnType<typeof createPopover> | null = null;
  const openPopover = (anchor: HTMLElement, findings: MarkedFinding[]) => {
    if (!popover) {
      popover = createPopover(doc, tags.popover, strings, signal);
      append(doc.documentElement, popover.host);
    }
    popover.open(anchor, findings);
  };

  const markers: { host: HTMLElement; button: HTMLButtonElement; cell: HTMLElement; indexes: number[] }[] = [];
  for (const [cell, indexes] of byCell) {
    const worst = indexes.map((i) => input.findings[i]!.outcome).sort((a, b) => SEVERITY[b] - SEVERITY[a])[0]!;
    const { host, root } = shadowHost(doc, tags.marker, MARKER_CSS);
    const button = doc.createElement('button');
    button.type = 'button';
    const colour = PALETTE[worst];
    button.style.cssText = `background:${colour.fill};color:${colour.ink}`;
    button.textContent = indexes.length > 1 ? `${colour.icon}${indexes.length}` : colour.icon;
    button.setAttribute('aria-label', strings.markerLabel(indexes.length, input.findings[indexes[0]!]!.message));
    button.dataset.nbcFindings = indexes.join(',');
    root.append(button);
    append(cell, host);
    markers.push({ host, button, cell, indexes });
  }

  // Hover or focus on a marker highlights every operand cell of its findings.
  const related = (indexes: number[], on: boolean) => {
    for (const i of indexes) for (const el of input.findings[i]!.elements) on ? el.setAttribute('data-nbc-related', '') : el.removeAttribute('data-nbc-related');
  };
  const step = (from: number, delta: number) => {
    if (markers.length === 0) return;
    const target = markers[(from + delta + markers.length) % markers.length]!;
    target.cell.scrollIntoView?.({ block: 'center' });
    target.button.focus();
  };
  markers.forEach((marker, position) => {
    const { button, indexes } = marker;
    const opts = { signal };
    button.addEventListener('mouseenter', () => related(indexes, true), opts);
    button.addEventListener('mouseleave', () => related(indexes, false), opts);
    button.addEventListener('focus', () => related(indexes, true), opts);
    button.addEventListener('blur', () => related(indexes, false), opts);
    button.addEventListener('click', () => openPopover(button, indexes.map((i) => input.findings[i]!)), opts);
    button.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowRight') step(position, 1);
        else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') step(position, -1);
        else return;
        event.preventDefault();
      },
      opts,
    );
  });

  const panel = createPanel(doc, tags.panel, input, () => step(currentMarker(), 1), () => step(currentMarker(), -1), signal);
  append(doc.documentElement, panel);
  /** The marker that has focus (its host is the document's active element), or -1. */
  const currentMarker = () => markers.findIndex((marker) => doc.activeElement === marker.host);
  // Last: a registered highlight is re-checked on every later change to the page, so none come after it.
  const sentences = markSentences(doc, input.findings, undo);

  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    focus(index) {
      const finding = input.findings[index];
      // A prose finding is about what its sentence says: bring the sentence forward (its marker stays on the cell).
      if (sentences.focus(index)) return true;
      const cell = finding?.primary ?? finding?.elements[0];
      if (!cell) return false;
      cell.scrollIntoView?.({ block: 'center' });
      clearTimeout(flashTimer);
      cell.setAttribute('data-nbc-flash', '');
      flashTimer = setTimeout(() => cell.removeAttribute('data-nbc-flash'), FLASH_MS);
      markers.find((marker) => marker.cell === cell)?.button.focus();
      return true;
    },
    teardown() {
      clearTimeout(flashTimer);
      undoAll();
    },
  };
}

function createPopover(doc: Document, tag: string, strings: OverlayStrings, signal: AbortSignal) {
  const { host, root } = shadowHost(doc, tag, POPOVER_CSS);
  host.hidden = true;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'dialog');
  root.append(box);
  let opener: HTMLElement | null = null;
  const close = () => {
    if (host.hidden) return;
    host.hidden = true;
    opener?.focus();
    opener = null;
  };
  const open = (anchor: HTMLElement, findings: MarkedFinding[]) => {
    box.replaceChildren();
    const closeButton = doc.createElement('button');
    closeButton.className = 'close';
    closeButton.textContent = '×';
    closeButton.setAttribute('aria-label', strings.close);
    closeButton.addEventListener('click', close);
    box.append(closeButton);
    for (const finding of findings) {
      const item = doc.createElement('div');
      item.className = 'item';
      item.dataset.outcome = finding.outcome;
      const tag = doc.createElement('span');
      tag.className = 'tag';
      tag.textContent = `${PALETTE[finding.outcome].icon} ${strings[`outcome_${finding.outcome}`]}`;
      const text = doc.createElement('span');
      text.className = 'message';
      text.textContent = finding.message;
      item.append(tag, text);
      if (finding.hint) {
        const hint = doc.createElement('div');
        hint.className = 'hint';
        hint.textContent = finding.hint;
        item.append(hint);
      }
      const rule = doc.createElement('div');
      rule.className = 'rule';
      rule.textContent = finding.rule;
      item.append(rule);
      box.append(item);
    }
    const rect = anchor.getBoundingClientRect();
    const view = doc.defaultView!;
    host.style.cssText = `left:${Math.max(8, Math.min(rect.left, view.innerWidth - 370))}px;top:${Math.min(rect.bottom + 4, view.innerHeight - 80)}px`;
    host.hidden = false;
    opener = anchor;
    closeButton.focus();
  };
  const view = doc.defaultView;
  view?.addEventListener('keydown', (event) => event.key === 'Escape' && close(), { signal, capture: true });
  view?.addEventListener('scroll', close, { signal, capture: true, passive: true });
  view?.addEventListener('resize', close, { signal });
  return { host, open, close };
}

function createPanel(doc: Document, tag: string, input: AnnotateInput, next: () => void, previous: () => void, signal: AbortSignal): HTMLElement {
  const { strings, counts } = input;
  const { host, root } = shadowHost(doc, tag, PANEL_CSS);
  const pill = doc.createElement('button');
  pill.className = 'pill';
  pill.setAttribute('aria-expanded', 'false');
  pill.setAttribute('aria-label', strings.panelOpen);
  const chip = (outcome: Outcome) => {
    const span = doc.createElement('span');
    span.className = 'count';
    span.style.cssText = `background:${PALETTE[outcome].fill};color:${PALETTE[outcome].ink}`;
    span.textContent = `${PALETTE[outcome].icon}${counts[outcome]}`;
    span.title = strings[`outcome_${outcome}`];
    return span;
  };
  pill.append(strings.panelTitle, chip('fail'), chip('warn'), chip('review'));
  const body = doc.createElement('div');
  body.className = 'body';
  body.hidden = true;
  const lines = (['fail', 'warn', 'review', 'pass'] as const).map((outcome) => `${strings[`outcome_${outcome}`]} ${counts[outcome]}`);
  const summary = doc.createElement('div');
  summary.textContent = lines.join(' · ');
  const row = doc.createElement('div');
  row.className = 'row';
  const button = (label: string, action: () => void) => {
    const b = doc.createElement('button');
    b.className = 'btn';
    b.textContent = label;
    b.addEventListener('click', action, { signal });
    return b;
  };
  const collapse = button(strings.panelClose, () => toggle(false));
  row.append(button(strings.previous, previous), button(strings.next, next), collapse);
  body.append(summary, row);
  if (input.findings.some((finding) => !finding.primary)) {
    const note = doc.createElement('div');
    note.className = 'note';
    note.textContent = strings.noCellFindings;
    body.append(note);
  }
  const toggle = (open: boolean) => {
    body.hidden = !open;
    pill.hidden = open;
    pill.setAttribute('aria-expanded', String(open));
    (open ? collapse : pill).focus();
  };
  pill.addEventListener('click', () => toggle(true), { signal });
  root.append(pill, body);
  return host;
}
