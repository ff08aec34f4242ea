// The one stylesheet the extension puts on the page: cell outlines by attribute (never layout-changing:
// outline and inset shadow only), the operand highlight, the flash, and nothing at all when printing (the widgets
// hide themselves from inside their shadow roots, src/annotate/widgets.ts).
import { OUTCOMES, PALETTE } from '../model/palette';
import { HIGHLIGHT_ATTRIBUTE } from './sentences';

export const PAGE_CSS = `
[data-nbc-outcome]{outline-offset:-2px !important}
${OUTCOMES.map((o) => `[data-nbc-outcome="${o}"]{outline:2px ${PALETTE[o].stroke} ${PALETTE[o].line} !important;box-shadow:inset 0 0 0 999px rgba(${PALETTE[o].tint},.10) !important}`).join('\n')}
[data-nbc-related]{box-shadow:inset 0 0 0 3px #1a73e8 !important}
[data-nbc-flash]{animation:nbc-flash .4s ease-in-out 4 alternate !important}
@keyframes nbc-flash{from{box-shadow:inset 0 0 0 999px rgba(26,115,232,.35)}to{box-shadow:inset 0 0 0 999px rgba(26,115,232,0)}}
@media print{[data-nbc-outcome]{outline:none !important;box-shadow:none !important}}
`;

/** Every attribute the extension sets on page elements: teardown sweeps the whole document for them. */
export const PAGE_ATTRIBUTES = ['data-nbc-outcome', 'data-nbc-related', 'data-nbc-flash', 'data-nbc-sentence', HIGHLIGHT_ATTRIBUTE];

/** Our stylesheet on `doc`, removed by `undo`: a constructable one where the page allows it (no <style> in the
 *  page's HTML, no CSP question), else a <style> element. */
export function addPageStyle(doc: Document, css: string, undo: (() => void)[]): void {
  const View = doc.defaultView as (Window & typeof globalThis) | null;
  if (View && 'adoptedStyleSheets' in doc && typeof View.CSSStyleSheet === 'function') {
    try {
      const sheet = new View.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      undo.push(() => (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)));
      return;
    } catch {
      // fall through to a <style> element
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  undo.push(() => style.remove());
}
