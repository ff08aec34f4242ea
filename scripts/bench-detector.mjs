// `npm run bench:detector [name=<build dir> …]`: the detector's cost on one frame of a page that is not a report, as
// a paired measure for taking it apart. `npm run bench` runs each profile in its own browser, one after the other,
// and one frame's half millisecond drowns in what the machine does meanwhile. Here every profile shares one browser:
// no extension, the minimal content script, ours (the store build) and any extra builds named on the command line
// (variants made for an ablation, e.g. a checkout with one step switched off), each content script confined to pages
// under its own path; their loads alternate, BENCH_ROUNDS of them each (40 by default). Prints each profile's median
// and interquartile script time and its median increment over "no extension" ÷ the minimal script's; and, from a
// trace of the same loads, its content script's own compile and run (EvaluateScript) at the tenth percentile and the
// median, ÷ the minimal script's: ScriptDuration counts all the renderer runs meanwhile, this only our script.
// BENCH_PAGE=iframes loads the portal page of 20 iframes of the news page instead of the news page alone.
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { confinedCopy, costOfLoad, median, quantile, quartiles, twentyIframesPage, writeMinimalExtension } from './bench-common.mjs';
import { launchChromium, serveDirectory } from './browser.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const PAGE = { news: 'news.html', iframes: 'news-20-iframes.html' }[process.env.BENCH_PAGE ?? 'news'];
if (!PAGE) throw new Error(`BENCH_PAGE is news or iframes, not "${process.env.BENCH_PAGE}"`);
const root = resolve(import.meta.dirname, '..');
const variants = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [name, dir] = arg.split('=');
    if (!name || !dir || !/^[a-z0-9-]+$/.test(name)) throw new Error(`expected name=<unpacked extension dir> (name in a-z, 0-9, -), got "${arg}"`);
    return [name, resolve(dir)];
  }),
);
execSync('npx wxt build', { cwd: root, stdio: 'ignore' });

const work = mkdtempSync(join(tmpdir(), 'nbc-bench-detector-'));
const builds = { minimal: writeMinimalExtension(join(work, 'minimal-source')), ours: join(root, '.output/chrome-mv3'), ...variants };
const profiles = ['none', ...Object.keys(builds)];
const news = readFileSync(join(root, 'test/fixtures/pages/negative-news.html'), 'utf8');
for (const name of profiles) {
  mkdirSync(join(work, 'pages', name), { recursive: true });
  writeFileSync(join(work, 'pages', name, 'news.html'), news);
  writeFileSync(join(work, 'pages', name, 'news-20-iframes.html'), twentyIframesPage);
  writeFileSync(join(work, 'pages', name, 'blank.html'), '<!DOCTYPE html><html><head><title>blank</title></head><body></body></html>');
}
const server = await serveDirectory(join(work, 'pages'));
const extensions = Object.entries(builds).map(([name, dir]) => confinedCopy(dir, join(work, `extension-${name}`), name));
const browser = await launchChromium(extensions, { waitForWorker: false });

const loadCost = (name) => costOfLoad(browser.context, `${server.base}/${name}/blank.html`, `${server.base}/${name}/${PAGE}`, { trace: true });
for (const name of profiles) await loadCost(name); // warm-up: compile caches, first-touch fonts
const samples = Object.fromEntries(profiles.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const name of round % 2 === 0 ? profiles : [...profiles].reverse()) samples[name].push(await loadCost(name));
}
await browser.close();
await server.close();
rmSync(work, { recursive: true, force: true });

const scripts = (name) => samples[name].map((sample) => sample.script);
const evaluations = (name) => samples[name].map((sample) => sample.evaluate);
const none = median(scripts('none'));
const minimal = median(scripts('minimal')) - none;
const ratio = (name, q) => `${(quantile(evaluations(name), q) / quantile(evaluations('minimal'), q)).toFixed(2)}×`;
console.log(`\n${PAGE === 'news.html' ? 'One frame' : '20 iframes'}, not a report: ${ROUNDS} alternating loads per profile in one browser\n`);
console.log('script time: the renderer\'s ScriptDuration; content script: its own compile and run (EvaluateScript), where the');
console.log('machine\'s noise only ever adds, so its tenth percentile is the steadiest figure\n');
console.log(['profile', 'script time, median (IQR) ms', 'increment ÷ minimal (medians)', 'content script, 10th pct / median ms', '÷ minimal (10th pct / median)'].join(' | '));
for (const name of profiles) {
  const own = name === 'none' ? ['—', '—'] : [`${quantile(evaluations(name), 0.1).toFixed(3)} / ${median(evaluations(name)).toFixed(3)}`, `${ratio(name, 0.1)} / ${ratio(name, 0.5)}`];
  console.log([name, quartiles(scripts(name), 3), name === 'none' ? '—' : `${((median(scripts(name)) - none) / minimal).toFixed(2)}×`, ...own].join(' | '));
}
