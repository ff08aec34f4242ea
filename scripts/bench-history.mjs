// `node scripts/bench-history.mjs [entries]`: how long filling the history takes, before and after issue 17, in one
// run of the built extension in Chromium, on the same report (渭滨区 2024, ~11.8 kB of JSON, as the content
// script extracted it).
//   before: the first version's write pattern, replayed from the options page on chrome.storage.local: read the
//           whole list, put the entry in front, write the whole list back (its zod parse of every entry on each
//           read is left out, so this is a lower bound of what it cost);
//   after:  the real path: one nbc:frame message per save to the background, which saves through the history
//           queue (src/history/store.ts: one key per entry plus the index).
// Each variant starts from an empty storage.local; the rounds alternate so that load on the machine hits both.
// Writes .output/bench-history.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome, serveDirectory } from './browser.mjs';

const ENTRIES = Number(process.argv[2] ?? 600);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const root = resolve(import.meta.dirname, '..');
const extension = join(root, '.output/chrome-mv3');
execSync('npx wxt build', { cwd: root, stdio: 'ignore' });

const server = await serveDirectory(join(root, 'test/fixtures/pages'));
const profileDir = mkdtempSync(join(tmpdir(), 'nbc-bench-history-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: findChrome(),
  headless: true,
  args: [...CHROME_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;

  // The report as the content script extracted it.
  const page = await context.newPage();
  await page.goto(`${server.base}/seed-004-weibin-2024.html`);
  await page.bringToFront();
  const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  let report;
  for (let attempt = 0; attempt < 50 && !report; attempt++) {
    report = await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'nbc:state' }, { frameId: 0 }), tabId).then((state) => state?.json, () => undefined);
    if (!report) await new Promise((ok) => setTimeout(ok, 100));
  }
  await page.close();
  if (!report) throw new Error('the content script did not answer');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // Its first read of the history must be over: it would move a version-2 list ("before") into per-entry keys.
  await options.waitForSelector('[data-testid="history"], [data-testid="history-empty"]');

  /** Fills the history with `n` saves of the report under n addresses, the `mode` way; returns time and what is kept. */
  const fill = (mode, n) =>
    options.evaluate(
      async ([mode, report, n]) => {
        const saves = {
          before: async (url) => {
            const entry = { id: `${report.report.year}|${url}`, url, savedAt: new Date().toISOString(), imported: false, report };
            const list = (await chrome.storage.local.get('history')).history ?? [];
            const others = list.filter((other) => other.id !== entry.id);
            const sorted = [entry, ...others].sort((a, b) => b.savedAt.localeCompare(a.savedAt)).slice(0, 5000);
            await chrome.storage.local.set({ history: sorted });
          },
          after: async (url) => {
            const summary = { report: true, status: 'tables', fail: report.summary.fail, warn: report.summary.warn, review: report.summary.review, url };
            await chrome.runtime.sendMessage({ type: 'nbc:frame', summary, report });
          },
        };
        await chrome.storage.local.clear();
        const started = performance.now();
        for (let i = 0; i < n; i++) await saves[mode](`https://bench.example/${i}.html`);
        const ms = performance.now() - started;
        const { history, historyIndex } = await chrome.storage.local.get(['history', 'historyIndex']);
        return { ms, stored: mode === 'before' ? history.length : historyIndex.rows.length, bytes: await chrome.storage.local.getBytesInUse(null) };
      },
      [mode, report, n],
    );
  const before = (n) => fill('before', n);
  const after = (n) => fill('after', n);

  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const pair = round % 2 === 0 ? { before: await before(ENTRIES), after: await after(ENTRIES) } : { after: await after(ENTRIES), before: await before(ENTRIES) };
    rounds.push(pair);
    console.log(
      `round ${round + 1}: ${ENTRIES} saves — before ${(pair.before.ms / 1000).toFixed(1)} s (${pair.before.stored} kept, ${(pair.before.bytes / 1e6).toFixed(1)} MB), ` +
        `after ${(pair.after.ms / 1000).toFixed(1)} s (${pair.after.stored} kept, ${(pair.after.bytes / 1e6).toFixed(1)} MB), ratio ${(pair.before.ms / pair.after.ms).toFixed(1)}×`,
    );
  }
  const ratios = rounds.map((pair) => pair.before.ms / pair.after.ms);
  console.log(`before/after over ${ROUNDS} rounds: ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}×`);
  mkdirSync(join(root, '.output'), { recursive: true });
  writeFileSync(join(root, '.output/bench-history.json'), JSON.stringify({ entries: ENTRIES, reportBytes: JSON.stringify(report).length, rounds }, null, 2));
} finally {
  await context.close();
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}
