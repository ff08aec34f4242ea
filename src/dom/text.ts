// Text of an element as a person sees it on the page, the same in Chromium and in jsdom. innerText would be the
// obvious tool, but jsdom has none and happy-dom ignores <br> (docs/toolchain.md, "DOMs differ"), so we walk the tree ourselves.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
// Row groups (tbody/thead/tfoot) break no line of their own: their rows already do, and the HTML parser of a browser
// or jsdom adds an implicit <tbody> that linkedom (the command line's DOM) does not, so counting them would make the
// same page's text differ between the two.
// Never text a reader sees. Our own marker hosts are custom elements named nbc-*: they must not feed back into a re-scan.
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'SELECT', 'BUTTON',
]);
// Word exports hide text with mso-hide:all; authors hide with display:none or visibility:hidden.
const HIDDEN_INLINE_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_INLINE_STYLE.test(style)) return true;
  // A class may hide it through a stylesheet; checkVisibility answers that in Chromium (jsdom lacks it).
  return el.hasAttribute('class') && typeof el.checkVisibility === 'function' && !el.checkVisibility();
}

export interface TextOptions {
  /** Elements (with their subtrees) to leave out, e.g. the report tables when reading the prose around them. */
  skip?: (el: Element) => boolean;
}

/** A cell's own text leaves out tables nested in it. */
export const skipTables = (el: Element): boolean => el.tagName.toUpperCase() === 'TABLE';

/** Visible text of `root`, with a newline at each <br> and block boundary. Iterative: pages nest deeply. */
export function visibleText(root: Element, options: TextOptions = {}): string {
  let out = '';
  const stack: (Node | 'break')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'break') {
      out += '\n';
      continue;
    }
    if (node.nodeType === 3) {
      out += (node as Text).data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (el !== root) {
      if (SKIPPED_TAGS.has(tag) || tag.startsWith('NBC-') || isHidden(el)) continue;
      if (options.skip?.(el)) {
        out += '\n';
        continue;
      }
    }
    if (tag === 'BR') {
      out += '\n';
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      out += '\n';
      stack.push('break');
    }
    // No element inside (most cells' innermost <span>): its text nodes are all there is, in order.
    if (el.firstElementChild === null) out += el.textContent ?? '';
    else for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out;
}
