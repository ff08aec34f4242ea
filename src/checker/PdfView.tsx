// The PDF's pages drawn to canvases (pdf.js), with a box over every cell a finding names. The boxes are placed as
// soon as each page's size is known; the pixels of the pages follow.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef } from 'preact/hooks';
import type { Locale } from '../i18n/labels';
import { CHECKER } from './strings';
import type { PdfMark } from './pdf-marks';

const SCALE = 1.5;
const FLASH_MS = 1600;
/** Boxes are drawn a little larger than the text, as a cell's border is. */
const PAD = 3;

export function PdfView(props: {
  pdf: PDFDocumentProxy;
  marks: PdfMark[];
  primary: (PdfMark | null)[];
  locale: Locale;
  /** Called once every mark is placed, with the jump-to-finding function. */
  onDrawn: (focus: (index: number) => void) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = host.current!;
    let cancelled = false;
    const elements = new Map<PdfMark, HTMLElement>();
    const renders: Promise<unknown>[] = [];
    void (async () => {
      for (let number = 1; number <= props.pdf.numPages; number++) {
        const page = await props.pdf.getPage(number);
        if (cancelled) return;
        const viewport = page.getViewport({ scale: SCALE });
        const sheet = document.createElement('div');
        sheet.className = 'sheet';
        sheet.dataset.page = String(number);
        sheet.setAttribute('aria-label', CHECKER[props.locale].page(number));
        sheet.style.width = `${viewport.width}px`;
        sheet.style.height = `${viewport.height}px`;
        const canvas = document.createElement('canvas');
        const ratio = window.devicePixelRatio || 1;
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        sheet.append(canvas);
        for (const mark of props.marks.filter((candidate) => candidate.location.page === number)) {
          const { x, y, width, height } = mark.location.box;
          const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([x, y, x + width, y + height]) as number[];
          const box = document.createElement('div');
          box.className = 'mark';
          box.dataset.testid = 'pdf-mark';
          box.dataset.outcome = mark.outcome;
          box.title = mark.messages.join('\n');
          Object.assign(box.style, {
            left: `${Math.min(x1!, x2!) - PAD}px`,
            top: `${Math.min(y1!, y2!) - PAD}px`,
            width: `${Math.abs(x2! - x1!) + 2 * PAD}px`,
            height: `${Math.abs(y2! - y1!) + 2 * PAD}px`,
          });
          sheet.append(box);
          elements.set(mark, box);
        }
        container.append(sheet);
        const context = canvas.getContext('2d');
        if (context) {
          const transform = ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0];
          renders.push(page.render({ canvas, canvasContext: context, viewport, transform }).promise.catch(() => undefined));
        }
      }
      container.dataset.marks = 'drawn';
      props.onDrawn((index) => {
        const mark = props.primary[index];
        const box = mark && elements.get(mark);
        if (!box) return;
        box.scrollIntoView({ block: 'center' });
        box.classList.add('flash');
        setTimeout(() => box.classList.remove('flash'), FLASH_MS);
      });
      await Promise.all(renders);
      if (!cancelled) container.dataset.rendered = 'true';
    })();
    return () => {
      cancelled = true;
      container.replaceChildren();
    };
  }, [props.pdf]);
  return <div class="pages" ref={host} data-testid="pdf-pages" />;
}
