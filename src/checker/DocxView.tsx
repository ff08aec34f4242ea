// A Word document or a saved web page as HTML in the page, marked by the same annotate() as a web page (its cells are the elements
// the extractor read, moved into this page with their identity kept).
import { useEffect, useRef } from 'preact/hooks';
import { annotate } from '../annotate/annotate';
import { marksFor } from '../annotate/marks';
import type { CellLocation } from '../adapters/types';
import type { Locale } from '../i18n/labels';
import type { Analysis } from '../pipeline';

const INERT_TAGS = 'script,link,style,iframe,frame,object,embed,img,picture,video,audio,source,base,meta';

export function DocxView(props: { dom: Document; cells: CellLocation[]; analysis: Analysis | null; locale: Locale; onDrawn: (focus: (index: number) => void) => void }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = host.current!;
    // Only the document's text and tables are shown: nothing in it may run or load anything (a saved page's
    // scripts, stylesheets, pictures and frames would reach its web site).
    for (const el of Array.from(props.dom.body.querySelectorAll(INERT_TAGS))) el.remove();
    for (const el of Array.from(props.dom.body.querySelectorAll('*'))) {
      for (const { name, value } of Array.from(el.attributes)) if (/^(on|action$|formaction$|srcset$)/i.test(name) || /url\(/i.test(value)) el.removeAttribute(name);
    }
    // Copied out of the live childNodes first: adopting a node removes it from that list.
    const nodes = Array.from(props.dom.body.childNodes);
    container.append(...nodes.map((node) => document.adoptNode(node)));
    const elements = props.cells.map((location) => (location.kind === 'element' ? (location.element as HTMLElement) : null)).filter((el): el is HTMLElement => el !== null);
    const annotation = props.analysis ? annotate(document, marksFor(props.analysis, elements, props.locale)) : null;
    container.dataset.marks = 'drawn';
    props.onDrawn((index) => void annotation?.focus(index));
    return () => {
      annotation?.teardown();
      container.replaceChildren();
    };
  }, [props.dom]);
  return <div class="docx" ref={host} data-testid="docx-view" />;
}
