#!/usr/bin/env node
// The command line's entry (package.json "bin"): runs the bundle that `npm run build:cli` writes to dist/cli.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.mjs', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('nianbao-check: the command line is not built yet; run `npm run build:cli` (npm ci does it).\n');
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
