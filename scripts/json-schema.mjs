// `npm run schema`: writes schema/report.schema.json from the zod contract schema (the one the extension
// validates with).
import { writeFileSync } from 'node:fs';
import { loadTs, root } from './load-ts.mjs';

const { reportJsonSchema } = await loadTs('scripts/generated.ts');
writeFileSync(`${root}schema/report.schema.json`, reportJsonSchema());
