// The Word document as HTML in the page, marked by the same annotate() as a web page (its cells are the elements
// the extractor read, moved into this page with their identity kept).
import { useEffect, useRef } from 'preact/hooks';
import { annotate } from '../annotate/annotate';
import { marksFor } from '../annotate/marks';
import type { CellLocation } from '../adapters/types';
import type { Locale } from '../i18n/labels';
import type { Analysis } from '../pipeline';

export function DocxView(props: { dom: Document; cells: CellLocation[]; analysis: Analysis | null; locale: Locale; onDrawn: (focus: (index: number) => void) => void }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = host.current!;
    container.append(...Array.from(props.dom.body.childNodes, (node) => document.adoptNode(node)));
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
