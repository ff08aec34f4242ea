// `npm run bench`: the pipeline's own time in real Chromium with the built extension, against a baseline measured
// in the same run and the same world (reading the text of the same table cells), on
//   (a) a typical report page (seed 004), (b) ten reports on one page, (c) a large page that is not a report;
// plus the content-script bundle size. Prints the ratios and the budgets of issue 8; writes .output/bench.json.
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, serveDirectory } from './browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const root = resolve(import.meta.dirname, '..');
const extension = join(root, '.output/chrome-mv3');
execSync('npx wxt build', { cwd: root, stdio: 'ignore' });

// ---- pages ----
const typical = readFileSync(join(root, 'test/fixtures/pages/seed-004-weibin-2024.html'), 'utf8');
const body = typical.slice(typical.indexOf('<body>') + 6, typical.indexOf('</body>'));
const tenReports = typical.replace(body, Array.from({ length: 10 }, () => body).join('\n<hr>\n'));
const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td>${i + 1}</td><td>项目${i}</td>${Array.from({ length: 8 }, (_, j) => `<td>${(i * 7 + j * 13) % 1000}.${j}</td>`).join('')}</tr>`).join('');
const paragraphs = Array.from({ length: 3000 }, (_, i) => `<div class="item"><a href="/n/${i}.html">新闻标题第${i}条：全县开展安全生产检查</a><span>2024-0${(i % 9) + 1}-1${i % 10}</span></div>`).join('');
const nonReport = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>统计数据 - 某县人民政府</title></head><body>
<h1>2023年全县主要经济指标</h1><table border="1"><tr><td>序号</td><td>指标</td>${Array.from({ length: 8 }, (_, j) => `<td>列${j}</td>`).join('')}</tr>${rows}</table>${paragraphs}</body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'nbc-bench-'));
const pages = { 'a-typical-report': typical, 'b-ten-reports': tenReports, 'c-large-non-report': nonReport };
for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, `${name}.html`), html);
const server = await serveDirectory(dir);
const base = server.base;

// ---- measure ----
const { context, sw, close } = await launchChromium(extension);
const results = {};
for (const name of Object.keys(pages)) {
  const page = await context.newPage();
  await page.goto(`${base}/${name}.html`);
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  let profile;
  for (let attempt = 0; attempt < 50 && !profile; attempt++) {
    profile = await sw.evaluate(([id, runs]) => chrome.tabs.sendMessage(id, { type: 'nbc:profile', runs }, { frameId: 0 }), [tabId, RUNS]).catch(() => undefined);
    if (!profile) await new Promise((ok) => setTimeout(ok, 100));
  }
  results[name] = profile;
  await page.close();
}
await close();
await server.close();
rmSync(dir, { recursive: true, force: true });

// ---- report ----
const content = readFileSync(join(extension, 'content-scripts/content.js'));
const bundle = { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
const a = results['a-typical-report'];
const b = results['b-ten-reports'];
const c = results['c-large-non-report'];
const ms = (x) => `${x.toFixed(3)} ms`;
console.log(`\nPipeline timings in Chromium (median of ${RUNS} runs, content-script world)\n`);
console.log('page                 cells  detect     extract    analyse    annotate   pipeline   textContent innerText  ratio (tc / iT)');
for (const [name, r] of Object.entries(results)) {
  const ratio = (base) => (base > 0 && r.report ? (r.pipeline / base).toFixed(1) + '×' : '—');
  console.log(
    `${name.padEnd(20)} ${String(r.cells).padStart(5)}  ${[r.detect, r.extract, r.analyse, r.annotate, r.pipeline, r.baseline, r.baselineInnerText].map((x) => ms(x).padEnd(10)).join(' ')} ${ratio(r.baseline)} / ${ratio(r.baselineInnerText)}`,
  );
}
const growth = b.pipeline / a.pipeline;
const cellGrowth = b.cells / a.cells;
const budgets = [
  [`(a) pipeline < 10 ms`, a.pipeline < 10, ms(a.pipeline)],
  [`(a) pipeline ≤ 3× baseline (textContent of the same cells)`, a.pipeline <= 3 * a.baseline, `${(a.pipeline / a.baseline).toFixed(1)}×`],
  [`(a) pipeline ≤ 3× baseline (innerText of the same cells)`, a.pipeline <= 3 * a.baselineInnerText, `${(a.pipeline / a.baselineInnerText).toFixed(1)}×`],
  [`(a)→(b) growth linear (time ratio ≤ 1.5 × cell ratio)`, growth <= 1.5 * cellGrowth, `time ×${growth.toFixed(1)} for cells ×${cellGrowth.toFixed(1)}`],
  [`(c) detection ≤ 0.5 ms`, c.detect <= 0.5, ms(c.detect)],
  [`content script ≤ 30 kB gzip`, bundle.gzip <= 30 * 1024, `${(bundle.raw / 1024).toFixed(1)} kB raw, ${(bundle.gzip / 1024).toFixed(1)} kB gzip`],
];
console.log('\nBudgets');
for (const [label, ok, value] of budgets) console.log(`  ${ok ? '✓' : '✗'} ${label}: ${value}`);
mkdirSync(join(root, '.output'), { recursive: true });
writeFileSync(join(root, '.output/bench.json'), JSON.stringify({ runs: RUNS, results, bundle, budgets }, null, 2));
