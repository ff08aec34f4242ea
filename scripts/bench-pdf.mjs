// The file checker's speed: a report PDF from "file chosen" to "marks drawn" in checker.html (the built extension
// in Chromium), against pdf.js alone loading the same file and reading every page's text, in the same browser and
// the same run. Each run opens a fresh page (both sides pay for starting pdf.js and its worker). Prints medians,
// ranges and the ratio; writes .output/bench-pdf.json. Goal (issue 12): ≤ 1.5× the baseline and < 1 s.
// The integrator calls it from scripts/bench.mjs; alone: `node scripts/bench-pdf.mjs` (after `npx wxt build`).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome, serveDirectory } from './browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const root = resolve(import.meta.dirname, '..');
const extension = join(root, '.output/chrome-mv3');
if (!existsSync(join(extension, 'manifest.json'))) throw new Error('Build the extension first: npx wxt build');

/** A 6-page report: the real 淮安市 2024 PDF when the shared research folder is beside the checkout, else ours. */
function reportPdf() {
  for (let dir = dirname(root); dirname(dir) !== dir; dir = dirname(dir)) {
    const real = join(dir, 'shared/research/real-pdf/jiangsu_huaian_city_2024.pdf');
    if (existsSync(real)) return real;
  }
  return join(root, 'test/fixtures/documents/seed-004-weibin-2024.pdf');
}
const pdfPath = reportPdf();

// The baseline page: pdf.js's own build and worker, served beside the PDF.
const dir = mkdtempSync(join(tmpdir(), 'nbc-bench-pdf-'));
const pdfjsBuild = join(root, 'node_modules/pdfjs-dist/build');
// Served as .js: module scripts need a JavaScript MIME type, which the static server gives .js files.
for (const file of ['pdf.min', 'pdf.worker.min']) copyFileSync(join(pdfjsBuild, `${file}.mjs`), join(dir, `${file}.js`));
copyFileSync(pdfPath, join(dir, 'report.pdf'));
writeFileSync(
  join(dir, 'baseline.html'),
  `<!doctype html><meta charset="utf-8"><script type="module">
import * as pdfjs from './pdf.min.js';
pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.min.js';
window.readAllText = async (bytes) => {
  const started = performance.now();
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  const ms = performance.now() - started;
  await doc.destroy();
  return { ms, pages: doc.numPages };
};
window.ready = true;
</script>`,
);
const server = await serveDirectory(dir);

const profileDir = mkdtempSync(join(tmpdir(), 'nbc-bench-pdf-profile-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findChrome(),
  headless: true,
  args: [...CHROME_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  viewport: { width: 1400, height: 900 },
});
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const checkerUrl = `chrome-extension://${new URL(sw.url()).host}/checker.html`;

async function checkerRun() {
  const page = await context.newPage();
  await page.goto(checkerUrl);
  await page.setInputFiles('[data-testid="file-input"]', pdfPath);
  await page.waitForSelector('[data-testid="pdf-pages"][data-marks="drawn"], [data-testid="error"]', { timeout: 60_000 });
  const ms = await page.evaluate(() => performance.measure('checker', 'nbc:file-chosen', 'nbc:marks-drawn').duration);
  const marks = await page.locator('[data-testid="pdf-mark"]').count();
  await page.close();
  return { ms, marks };
}

async function baselineRun() {
  const page = await context.newPage();
  await page.goto(`${server.base}/baseline.html`);
  await page.waitForFunction(() => window.ready === true);
  const result = await page.evaluate(async () => window.readAllText(new Uint8Array(await (await fetch('./report.pdf')).arrayBuffer())));
  await page.close();
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;
try {
  // One warm-up of each (disk cache, V8 code cache), then alternate so that load on the machine hits both alike.
  await checkerRun();
  const first = await baselineRun();
  const checker = [];
  const baseline = [];
  let marks = 0;
  for (let run = 0; run < RUNS; run++) {
    const result = await checkerRun();
    checker.push(result.ms);
    marks = result.marks;
    baseline.push((await baselineRun()).ms);
  }
  const ratios = checker.map((ms, index) => ms / baseline[index]);
  const summary = {
    file: basename(pdfPath),
    pages: first.pages,
    marks,
    runs: RUNS,
    checkerMedianMs: Math.round(median(checker)),
    baselineMedianMs: Math.round(median(baseline)),
    ratioMedian: Number(median(ratios).toFixed(2)),
    checkerRange: range(checker),
    baselineRange: range(baseline),
    ratioRange: `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`,
  };
  console.log(`PDF checker, ${summary.pages}-page report (${summary.file}), ${RUNS} runs, ${marks} marks:`);
  console.log(`  file chosen → marks drawn   median ${summary.checkerMedianMs} ms  (${summary.checkerRange})`);
  console.log(`  pdf.js alone: load + text    median ${summary.baselineMedianMs} ms  (${summary.baselineRange})`);
  console.log(`  ratio                         median ${summary.ratioMedian}×  (${summary.ratioRange})   goal ≤ 1.5× and < 1000 ms`);
  mkdirSync(join(root, '.output'), { recursive: true });
  writeFileSync(join(root, '.output/bench-pdf.json'), JSON.stringify(summary, null, 2));
} finally {
  await context.close();
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
