// `npm run check:sources`: the source zip uploaded to addons.mozilla.org must rebuild to the very files of the
// Firefox zip (AMO reviewers rebuild it). Zips the Firefox build, unpacks the sources zip into a temporary folder,
// runs `npm ci` and the Firefox build there, and compares the result with the Firefox zip file by file.
// Slow (a full install): run by .ci/run after `npm test`, not by `npm test`.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

/** Every file under `dir` (relative path → sha256). */
function digests(dir) {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

const work = mkdtempSync(join(tmpdir(), 'nbc-sources-'));
try {
  run('npx', ['wxt', 'zip', '-b', 'firefox'], root);
  const shipped = join(work, 'shipped');
  const sources = join(work, 'sources');
  run('unzip', ['-q', join(root, `.output/${name}-${version}-firefox.zip`), '-d', shipped]);
  run('unzip', ['-q', join(root, `.output/${name}-${version}-sources.zip`), '-d', sources]);
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], sources);
  run('npx', ['wxt', 'build', '-b', 'firefox'], sources);

  const expected = digests(shipped);
  const rebuilt = digests(join(sources, '.output/firefox-mv3'));
  const differences = [
    ...[...expected.keys()].filter((file) => !rebuilt.has(file)).map((file) => `missing from the rebuild: ${file}`),
    ...[...rebuilt.keys()].filter((file) => !expected.has(file)).map((file) => `only in the rebuild: ${file}`),
    ...[...expected].filter(([file, hash]) => rebuilt.has(file) && rebuilt.get(file) !== hash).map(([file]) => `differs: ${file}`),
  ];
  for (const line of differences) console.error(`check:sources: ${line}`);
  console.log(`check:sources: ${expected.size} files in the Firefox zip, ${rebuilt.size} rebuilt from the sources zip, ${differences.length} differences`);
  process.exitCode = differences.length ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
