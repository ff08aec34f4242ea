// Phase timings of the pipeline on the live page, for `npm run bench`.
// Runs in the content script's own world, next to a baseline measured the same way: a bare pass that reads
// the textContent of the same table cells. Timers are coarse (100 µs without cross-origin isolation), so the
// cheap detection step is repeated and divided.
import { annotate } from '../annotate/annotate';
import { marksFor } from '../annotate/marks';
import { mayBeReport } from '../detect/detect';
import { extractPage } from '../extract/extract';
import { analyse } from '../pipeline';
import type { Profile } from '../messages';


const DETECT_REPEAT = 50;
/** Runs discarded first: JIT compilation and first-touch style work are not the steady state. */
const WARM_UP = 3;
const BASELINE_REPEAT = 20;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function profilePage(doc: Document, runs: number): Profile {
  const t: Record<'detect' | 'extract' | 'analyse' | 'annotate' | 'pipeline' | 'baseline' | 'baselineInnerText', number[]> = {
    detect: [], extract: [], analyse: [], annotate: [], pipeline: [], baseline: [], baselineInnerText: [],
  };
  let report = false;
  let cells = 0;
  let sink = 0;
  for (let run = -WARM_UP; run < runs; run++) {
    let start = performance.now();
    for (let i = 0; i < DETECT_REPEAT; i++) report = mayBeReport(doc);
    const detect = (performance.now() - start) / DETECT_REPEAT;
    if (run >= 0) t.detect.push(detect);
    if (!report) continue;
    start = performance.now();
    const extraction = extractPage(doc, doc.URL);
    const extracted = performance.now();
    const analysis = analyse(extraction.page);
    const analysed = performance.now();
    const annotation = analysis && annotate(doc, marksFor(analysis, extraction.cells, 'zh-CN'));
    const annotated = performance.now();
    // Taking the marks down again is not part of reading a page (it happens when a setting changes or on unload).
    annotation?.teardown();
    if (run < 0) continue;
    t.extract.push(extracted - start);
    t.analyse.push(analysed - extracted);
    t.annotate.push(annotated - analysed);
    t.pipeline.push(detect + annotated - start);
    cells = extraction.cells.length;
    start = performance.now();
    for (let i = 0; i < BASELINE_REPEAT; i++) for (const cell of extraction.cells) sink += cell.textContent?.length ?? 0;
    t.baseline.push((performance.now() - start) / BASELINE_REPEAT);
    start = performance.now();
    for (const cell of extraction.cells) sink += cell.innerText?.length ?? 0;
    t.baselineInnerText.push(performance.now() - start);
  }
  return {
    runs,
    report,
    cells,
    baselineChars: sink,
    detect: median(t.detect),
    extract: median(t.extract),
    analyse: median(t.analyse),
    annotate: median(t.annotate),
    pipeline: median(t.pipeline),
    baseline: median(t.baseline),
    baselineInnerText: median(t.baselineInnerText),
  };
}
