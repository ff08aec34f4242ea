// Writes schema/report.schema.json from the zod contract schema (the one the extension validates with).
// Runs through vitest's module loader so the TypeScript source is used as is.
import { execSync } from 'node:child_process';

execSync('npx vitest run --project unit test/unit/json-schema.test.ts', { stdio: 'inherit', env: { ...process.env, WRITE_SCHEMA: '1' } });
