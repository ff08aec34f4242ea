// `npm run bench:cli`: the command line on saved report pages of ~100 kB (generated from the fixture pages in a temp
// folder), `--jobs 2`, 100 and 1,000 files, against a baseline measured in the same run: linkedom alone parsing the
// same files in the same two worker threads. Budgets (issue 13): 1,000 files ≤ 40 s, ≤ 2× the baseline, peak RSS
// ≤ 500 MB whatever the count. Also the DOM choice: linkedom against jsdom on the fixture pages (time and memory).
// Several runs; prints ranges and writes .output/bench-cli.json. BENCH_RUNS (default 3) sets the runs.
import { execSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COUNTS = [100, 1000];
const TARGET_BYTES = 100 * 1024;
const root = resolve(import.meta.dirname, '..');
execSync('npm run build:cli', { cwd: root, stdio: 'ignore' });

// ---- inputs: report pages brought to ~100 kB the way portal pages are: menus and link lists around the article ----
const pagesDir = join(root, 'test/fixtures/pages');
const reports = ['seed-000-mianxian-2023', 'seed-001-yining-2023', 'seed-003-huixian-2023', 'seed-004-weibin-2024', 'hongze-2023', 'hongze-2024', 'huaian-city-2024', 'template-2019'];
const sources = reports.map((name) => readFileSync(join(pagesDir, `${name}.html`), 'utf8'));
function paddedPage(i) {
  const page = sources[i % sources.length];
  const link = (k) => `<li class="nav-item" style="float:left;padding:0 12px;line-height:36px"><a href="/col/col${i}${k}/index.html" target="_blank" title="政务公开栏目${k}">政务公开栏目${k}</a><span class="date">2024-0${(k % 9) + 1}-1${k % 10}</span></li>\n`;
  const links = [];
  for (let k = 0, size = Buffer.byteLength(page); size < TARGET_BYTES; k++) {
    links.push(link(k));
    size += Buffer.byteLength(links[k]);
  }
  const half = Math.floor(links.length / 2);
  return page
    .replace('<body>', `<body><div class="header-nav"><ul>${links.slice(0, half).join('')}</ul></div>`)
    .replace('</body>', `<div class="footer-links"><ul>${links.slice(half).join('')}</ul></div></body>`);
}
const work = mkdtempSync(join(tmpdir(), 'nbc-bench-cli-'));
function makeInputs(count) {
  const dir = join(work, `in-${count}`);
  mkdirSync(dir);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `page-${String(i).padStart(4, '0')}.html`), paddedPage(i));
  return dir;
}

// ---- baseline: linkedom alone, reading and parsing the same files in two worker threads ----
const BASELINE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { parseHTML } = require(${JSON.stringify(join(root, 'node_modules/linkedom/cjs/index.js'))});
let sink = 0;
for (const file of workerData) sink += parseHTML(new TextDecoder().decode(readFileSync(file))).document.querySelectorAll('td').length;
parentPort.postMessage(sink);`;
async function baseline(dir) {
  const files = readdirSync(dir).map((name) => join(dir, name));
  const start = performance.now();
  await Promise.all([0, 1].map((k) => new Promise((done, fail) => {
    const worker = new Worker(BASELINE_WORKER, { eval: true, workerData: files.filter((_, i) => i % 2 === k) });
    worker.on('message', done).on('error', fail);
  })));
  return (performance.now() - start) / 1000;
}

// ---- the command line: wall time and peak RSS (VmHWM, one process: the workers are threads) ----
function cli(dir, out) {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(root, 'bin/nianbao-check.mjs'), 'audit', dir, '--out', out, '--jobs', '2'], { stdio: 'ignore' });
    let peakKb = 0;
    const poll = setInterval(() => {
      try {
        const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
      } catch {
        // exited between polls
      }
    }, 50);
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== 0) fail(new Error(`nianbao-check exited with ${code}`));
      else done({ seconds: (performance.now() - start) / 1000, peakMb: peakKb / 1024 });
    });
  });
}

const range = (values, digits = 2) => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
const results = {};
for (const count of COUNTS) {
  const dir = makeInputs(count);
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const base = await baseline(dir);
    const out = join(work, `out-${count}-${run}`);
    const measured = await cli(dir, out);
    rmSync(out, { recursive: true, force: true });
    runs.push({ baseline: base, ...measured, ratio: measured.seconds / base });
  }
  results[count] = runs;
  console.log(
    `${count} pages of ~100 kB, --jobs 2: ${range(runs.map((r) => r.seconds))} s; linkedom alone ${range(runs.map((r) => r.baseline))} s; ` +
      `ratio ${range(runs.map((r) => r.ratio))}×; peak RSS ${range(runs.map((r) => r.peakMb), 0)} MB (${RUNS} runs)`,
  );
}
const growth = (key) => range(results[1000].map((r, i) => r[key] / results[100][i][key]));
console.log(`100 → 1,000 files: time ×${growth('seconds')}, peak RSS ×${growth('peakMb')}`);
const worst = results[1000].reduce((a, b) => (a.seconds > b.seconds ? a : b));
console.log(`budgets: 1,000 files ≤ 40 s: ${worst.seconds <= 40 ? 'met' : 'MISSED'}; ≤ 2× linkedom alone: ${Math.max(...results[1000].map((r) => r.ratio)) <= 2 ? 'met' : 'MISSED'}; ` +
  `peak RSS ≤ 500 MB: ${Math.max(...Object.values(results).flat().map((r) => r.peakMb)) <= 500 ? 'met' : 'MISSED'}`);

// ---- the DOM choice: linkedom against jsdom on every fixture page, one thread, parse + extract-like walk ----
const DOM_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { dom, files, repeat } = workerData;
const parse = dom === 'linkedom'
  ? ((m) => (html) => m.parseHTML(html).document)(require(${JSON.stringify(join(root, 'node_modules/linkedom/cjs/index.js'))}))
  : ((m) => (html) => new m.JSDOM(html).window.document)(require('jsdom'));
const pages = files.map((file) => readFileSync(file, 'utf8'));
const before = process.memoryUsage().heapUsed;
const kept = pages.map(parse);
const heapPerDocument = (process.memoryUsage().heapUsed - before) / kept.length;
const start = performance.now();
let sink = 0;
for (let r = 0; r < repeat; r++) for (const html of pages) sink += parse(html).getElementsByTagName('td').length;
parentPort.postMessage({ msPerPage: (performance.now() - start) / (repeat * pages.length), heapPerDocument, sink, kept: kept.length });`;
const fixtureFiles = readdirSync(pagesDir).filter((name) => name.endsWith('.html')).map((name) => join(pagesDir, name));
async function domCost(dom) {
  return new Promise((done, fail) => {
    const worker = new Worker(DOM_WORKER, { eval: true, workerData: { dom, files: fixtureFiles, repeat: 10 } });
    worker.on('message', done).on('error', fail);
  });
}
const dom = { linkedom: [], jsdom: [] };
for (let run = 0; run < RUNS; run++) for (const name of Object.keys(dom)) dom[name].push(await domCost(name));
for (const [name, runs] of Object.entries(dom)) {
  console.log(`${name}: ${range(runs.map((r) => r.msPerPage))} ms per fixture page, ~${range(runs.map((r) => r.heapPerDocument / 1024 / 1024), 1)} MB heap per document kept (${fixtureFiles.length} pages, ${RUNS} runs)`);
}
const speed = dom.jsdom.map((r, i) => r.msPerPage / dom.linkedom[i].msPerPage);
const memory = dom.jsdom.map((r, i) => r.heapPerDocument / dom.linkedom[i].heapPerDocument);
console.log(`jsdom / linkedom: time ×${range(speed, 1)}, memory ×${range(memory, 1)}`);

mkdirSync(join(root, '.output'), { recursive: true });
writeFileSync(join(root, '.output/bench-cli.json'), JSON.stringify({ runs: RUNS, cli: results, dom }, null, 2));
rmSync(work, { recursive: true, force: true });
