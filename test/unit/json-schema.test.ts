// schema/report.schema.json is generated from the zod schema; this test fails when it is stale.
// `npm run schema` (WRITE_SCHEMA=1) rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ReportJsonSchema } from '@/src/model/schema';

const file = resolve(__dirname, '../../schema/report.schema.json');

it('schema/report.schema.json matches the zod contract schema', () => {
  const generated = JSON.stringify({ title: 'nianbao-check report JSON (schemaVersion 1)', ...z.toJSONSchema(ReportJsonSchema) }, null, 2) + '\n';
  if (process.env.WRITE_SCHEMA) writeFileSync(file, generated);
  expect(readFileSync(file, 'utf8')).toBe(generated);
});
