// What scripts/bench.mjs and scripts/bench-detector.mjs share: the minimal content script they measure against,
// one page load's script time and heap, and a copy of an extension build whose content scripts run only under
// one path (so that several builds can share one browser and be timed in alternation), and the page of 20 iframes.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The least any detector must do: read the title and the first three rows of each table. No background. */
export function writeMinimalExtension(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'minimal detector',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*'], all_frames: true, run_at: 'document_idle', js: ['content.js'] }],
    }),
  );
  writeFileSync(
    join(dir, 'content.js'),
    `(() => {
  let text = document.title;
  for (const table of document.getElementsByTagName('table')) {
    for (let i = 0; i < Math.min(3, table.rows.length); i++) text += table.rows[i].textContent;
  }
  document.documentElement.dataset.minimalRead = String(text.length);
})();`,
  );
  return dir;
}

/** A portal page of 20 iframes, each loading the news page beside it (issue 15's many-frames case). */
export const twentyIframesPage = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>某县人民政府门户网站</title></head><body><h1>专题</h1>${Array.from({ length: 20 }, (_, i) => `<iframe src="news.html?frame=${i}" width="300" height="120"></iframe>`).join('')}</body></html>`;

/** A copy of the unpacked extension `source` at `dir`, named `name`, its content scripts matching only /name/…. */
export function confinedCopy(source, dir, name) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(source, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.name = `bench ${name}`;
  manifest.content_scripts = manifest.content_scripts.map((script) => ({ ...script, matches: [`http://*/${name}/*`] }));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The value at quantile `q` (0–1) of `values`. */
export const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

/** "median (first quartile–third quartile)". */
export function quartiles(values, digits = 2) {
  return `${quantile(values, 0.5).toFixed(digits)} (${quantile(values, 0.25).toFixed(digits)}–${quantile(values, 0.75).toFixed(digits)})`;
}
export const settle = (ms) => new Promise((ok) => setTimeout(ok, ms));
const metric = async (cdp, name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;

/** Script time (ms) and JS heap after a forced GC (MB) of loading `url` in a fresh tab, after the same-origin blank
 *  page `blankUrl` (so the renderer and its counters stay the same). With `trace`, also `evaluate`: the time the
 *  extensions' content scripts took to compile and run, from the trace's EvaluateScript events (ms, summed over
 *  frames). ScriptDuration counts everything the renderer ran meanwhile; this counts only our scripts. */
export async function costOfLoad(context, blankUrl, url, { trace = false } = {}) {
  const tab = await context.newPage();
  await tab.goto(blankUrl);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  const events = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (data) => events.push(...data.value));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  }
  const before = await metric(cdp, 'ScriptDuration');
  await tab.goto(url, { waitUntil: 'load' });
  await settle(400); // content scripts run at document_idle, after load
  const script = (await metric(cdp, 'ScriptDuration')) - before;
  if (trace) {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await metric(cdp, 'JSHeapUsedSize');
  await tab.close();
  const evaluate = events
    .filter((event) => event.name === 'EvaluateScript' && event.ph === 'X' && /^chrome-extension:/.test(event.args?.data?.url ?? ''))
    .reduce((sum, event) => sum + event.dur / 1000, 0);
  return { script: script * 1000, heap: heap / 1024 / 1024, ...(trace ? { evaluate } : {}) };
}

/** CPU (TaskDuration) and script time (ms) of `seconds` on `url` once it loaded. */
export async function costOfStaying(context, blankUrl, url, seconds) {
  const tab = await context.newPage();
  await tab.goto(blankUrl);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.goto(url, { waitUntil: 'load' });
  await settle(500);
  const [task0, script0] = [await metric(cdp, 'TaskDuration'), await metric(cdp, 'ScriptDuration')];
  await settle(seconds * 1000);
  const [task1, script1] = [await metric(cdp, 'TaskDuration'), await metric(cdp, 'ScriptDuration')];
  await tab.close();
  return { cpu: (task1 - task0) * 1000, script: (script1 - script0) * 1000 };
}
