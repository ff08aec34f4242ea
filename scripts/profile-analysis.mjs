// `node scripts/profile-analysis.mjs [<other checkout>] [reports]`: the analysis (parseReport + check + JSON) of the
// typical report page (seed 004) in Node, as CPU time per report (process.cpuUsage, so other processes on a shared
// machine count less than in wall time), median and quartiles over batches of 50. Each report is parsed from fresh
// RawCells, as after a real extraction. With another checkout (e.g. main's, from `git archive`), both are timed batch
// by batch in turn and their JSON compared: a performance change must leave it identical.
// Add `node --cpu-prof` to see where the time goes. The in-browser figures are `npm run bench`'s.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { runnerImport } from 'vite';
import { quantile } from './bench-common.mjs';

const args = process.argv.slice(2);
const roots = [resolve(import.meta.dirname, '..'), ...args.filter((arg) => !/^\d+$/.test(arg)).map((arg) => resolve(arg))];
const reports = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 3000);
const BATCH = 50;
const WARM_UP_BATCHES = 4;

const html = readFileSync(resolve(roots[0], 'test/fixtures/pages/seed-004-weibin-2024.html'), 'utf8');
const dom = new JSDOM(html, { url: 'https://www.weibin.gov.cn/x.html' });
const builds = [];
for (const root of roots) {
  const load = async (path) => (await runnerImport(`${root}/${path}`, { configFile: false, logLevel: 'error', resolve: { alias: { '@': root } } })).module;
  builds.push({ root, ...(await load('src/extract/extract.ts')), ...(await load('src/pipeline.ts')) });
}
const page = builds[0].extractPage(dom.window.document).page;
const times = builds.map(() => []);
const json = [];
for (let batch = 0; batch < reports / BATCH; batch++) {
  builds.forEach((build, index) => {
    const pages = Array.from({ length: BATCH }, () => structuredClone(page));
    const start = process.cpuUsage();
    for (const fresh of pages) json[index] = build.analyse(fresh).json;
    const used = process.cpuUsage(start);
    if (batch >= WARM_UP_BATCHES) times[index].push((used.user + used.system) / 1000 / BATCH);
  });
}
builds.forEach((build, index) => {
  const [q1, median, q3] = [0.25, 0.5, 0.75].map((q) => quantile(times[index], q).toFixed(3));
  console.log(`${build.root}: ${median} ms CPU per report (quartiles ${q1}–${q3})`);
});
if (builds.length > 1) console.log(`same JSON: ${builds.every((_, index) => JSON.stringify(json[index]) === JSON.stringify(json[0]))}`);
