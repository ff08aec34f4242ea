// `npm run readme`: writes the README's checks table from the rule registry (between its markers).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadTs, root } from './load-ts.mjs';

const { readmeWithChecks } = await loadTs('scripts/generated.ts');
const file = `${root}README.md`;
writeFileSync(file, readmeWithChecks(readFileSync(file, 'utf8')));
