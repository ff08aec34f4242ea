// Finds the Chrome or Chromium to drive: $CHROME_PATH, else the usual names on the PATH. Used by the demo, the
// benchmark and the end-to-end tests. Browser downloads are never attempted.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
  }
  for (const name of NAMES) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      if (path) return path;
    } catch {
      // not on the PATH under this name
    }
  }
  throw new Error(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'macOS: install Google Chrome) or point CHROME_PATH at its executable.',
  );
}

// Flags for a quiet, offline, root-safe run (toolchain.md §4): no background networking, no first-run UI.
export const CHROME_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
