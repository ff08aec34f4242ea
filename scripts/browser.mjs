// Finds and launches the browsers to drive (Chromium through playwright-core, Firefox through puppeteer-core over
// WebDriver BiDi) with the built extension loaded, and serves pages to them. Used by the demo, the benchmark and
// the end-to-end tests. Browser downloads are never attempted.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const BROWSERS = {
  chromium: {
    env: 'CHROME_PATH',
    names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'],
    install: 'Debian/Ubuntu: `sudo apt-get install chromium`; macOS, Windows: install Google Chrome',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    names: ['firefox-esr', 'firefox'],
    install: 'Debian/Ubuntu: `sudo apt-get install firefox-esr`; macOS, Windows: install Firefox ESR',
  },
};

/** How to get the browser `name` ('chromium' | 'firefox'), for the message shown when it is missing. */
export function installHint(name) {
  const browser = BROWSERS[name];
  return `${browser.install}, or point ${browser.env} at its executable`;
}

/** The executable of the browser `name`: $CHROME_PATH / $FIREFOX_PATH, else the usual names on the PATH; null if none. */
export function locateBrowser(name) {
  const browser = BROWSERS[name];
  const fromEnv = process.env[browser.env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${browser.env}=${fromEnv} does not exist`);
  }
  for (const command of browser.names) {
    try {
      const path = execFileSync('which', [command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (path) return path;
    } catch {
      // not on the PATH under this name
    }
  }
  return null;
}

export function findChrome() {
  const path = locateBrowser('chromium');
  if (!path) throw new Error(`No Chrome or Chromium found. Install one (${installHint('chromium')}).`);
  return path;
}

// Flags for a quiet, offline, root-safe run (docs/toolchain.md): no background networking, no first-run UI.
export const CHROME_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium with the unpacked extension `extension` (or none: null; or a list of them) in a fresh profile
 * (docs/toolchain.md). `viewport: null` lets a headed window size itself; `waitForWorker: false` for an extension
 * without a background (the bench's minimal content script). Resolves to { context, sw, workers, extensionId, close }
 * (`workers`: every extension's service worker, for a list); close() also deletes the profile.
 */
export async function launchChromium(extension, { headless = true, viewport = { width: 1100, height: 800 }, waitForWorker = extension !== null } = {}) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'nbc-chromium-'));
  const extensions = extension === null ? [] : [extension].flat();
  const extensionArgs = extensions.length > 0 ? [`--disable-extensions-except=${extensions.join(',')}`, `--load-extension=${extensions.join(',')}`] : [];
  const context = await chromium.launchPersistentContext(profile, { executablePath: findChrome(), headless, args: [...CHROME_FLAGS, ...extensionArgs], viewport });
  if (waitForWorker) while (context.serviceWorkers().length < extensions.length) await context.waitForEvent('serviceworker');
  const workers = waitForWorker ? context.serviceWorkers() : [];
  const sw = workers[0] ?? null;
  return {
    context,
    sw,
    workers,
    extensionId: sw ? new URL(sw.url()).host : null,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The moz-extension:// host the Firefox tests use: Firefox picks a random one per profile unless a pref fixes it. */
export const FIREFOX_EXTENSION_UUID = '6e1b3c2a-4f0d-4a7e-9c55-0b8f1d2e3a41';

/**
 * Firefox (ESR) with the unpacked extension `extension` installed as a temporary add-on, over WebDriver BiDi.
 * `geckoId` is the manifest's browser_specific_settings.gecko.id. Resolves to { browser, extensionId, close }.
 */
export async function launchFirefox(extension, geckoId, { headless = true } = {}) {
  const executablePath = locateBrowser('firefox');
  if (!executablePath) throw new Error(`No Firefox found. Install it (${installHint('firefox')}).`);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    // Lets BiDi navigate a tab to a moz-extension:// page (the popup opened as a page); refused without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    },
  });
  await browser.installExtension(extension);
  return { browser, extensionId: FIREFOX_EXTENSION_UUID, close: () => browser.close() };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json', '.pdf': 'application/pdf' };

/**
 * Serves the files under `root` on 127.0.0.1 (a random port) for the demo, the benchmark and the e2e tests.
 * `rewrite(path)` may answer a request itself with { type, body }; anything else is a file under `root` or a 404.
 * Resolves to { base, close }.
 */
export async function serveDirectory(root, rewrite = () => null) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const answer = rewrite(path);
    if (answer) return res.writeHead(200, { 'content-type': answer.type }).end(answer.body);
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
