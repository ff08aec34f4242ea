// `node scripts/bench-restyle.mjs` (run by `npm run bench`): what our stylesheet costs the page when it is added.
// Not part of the pipeline's time: the browser restyles at the next frame. In Chromium, on report pages, the time of
// adopting a sheet, marking two paragraphs as a highlighted sentence's (data-nbc-highlight) and forcing style and
// layout (median of BENCH_RESTYLE_TRIALS), for an empty sheet (the baseline), our sheet, and our sheet with its
// ::highlight rules unscoped as they were before round 4 (src/annotate/sentences.ts says why they are scoped).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './bench-common.mjs';
import { launchChromium } from './browser.mjs';
import { loadTs, root } from './load-ts.mjs';

const TRIALS = Number(process.env.BENCH_RESTYLE_TRIALS ?? 40);
const { PAGE_CSS } = await loadTs('src/annotate/page-style.ts');
const { HIGHLIGHT_ATTRIBUTE, SENTENCE_CSS } = await loadTs('src/annotate/sentences.ts');
const SHEETS = {
  'empty sheet': '',
  ours: PAGE_CSS + SENTENCE_CSS,
  'unscoped ::highlight': PAGE_CSS + SENTENCE_CSS.replaceAll(`[${HIGHLIGHT_ATTRIBUTE}]::highlight`, '::highlight'),
};

const browser = await launchChromium(null);
console.log(`\nAdding our stylesheet: adopt + style and layout, median of ${TRIALS} (ms; ÷ the empty sheet)\n`);
console.log(['page', 'elements', ...Object.keys(SHEETS)].join(' | '));
for (const name of ['seed-004-weibin-2024', 'hongze-2023']) {
  const page = await browser.context.newPage();
  await page.setContent(readFileSync(join(root, 'test/fixtures/pages', `${name}.html`), 'utf8'));
  const times = {};
  for (const [sheet, css] of Object.entries(SHEETS)) {
    times[sheet] = median(
      await page.evaluate(
        ([css, trials, attribute]) => {
          const sentence = [...document.getElementsByTagName('p')].slice(5, 7);
          return Array.from({ length: trials }, () => {
            document.body.offsetHeight;
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            const start = performance.now();
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
            for (const el of sentence) el.setAttribute(attribute, '');
            document.body.offsetHeight;
            const time = performance.now() - start;
            document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
            for (const el of sentence) el.removeAttribute(attribute);
            return time;
          });
        },
        [css, TRIALS, HIGHLIGHT_ATTRIBUTE],
      ),
    );
  }
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const base = Math.max(times['empty sheet'], 0.1); // the page's timer has 0.1 ms steps
  console.log([name, elements, ...Object.values(times).map((t) => `${t.toFixed(1)} (${(t / base).toFixed(0)}×)`)].join(' | '));
  await page.close();
}
await browser.close();
