// The committed generated files match their sources; `npm run readme` / `npm run schema` rewrite them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS_END, CHECKS_START, checksTable, readmeWithChecks, reportJsonSchema } from '@/scripts/generated';
import { RULES } from '@/src/check/rules';

const read = (path: string) => readFileSync(resolve(__dirname, '../..', path), 'utf8');

describe('generated files', () => {
  it('schema/report.schema.json matches the zod contract schema', () => expect(read('schema/report.schema.json')).toBe(reportJsonSchema()));

  it('README.md’s checks table matches the rules (run `npm run readme`)', () => {
    const readme = read('README.md');
    expect(readmeWithChecks(readme)).toBe(readme);
  });

  it('the checks table has one row per rule, with its severity and both titles', () => {
    const table = checksTable().split('\n');
    expect(table).toHaveLength(RULES.length + 2);
    expect(table).toContain('| `crossYear.stock` | Table 2 (proactive disclosure) | warn | Across years: in force = last year\'s in force + issued − repealed (2021 layout only) | 跨年：现行有效件数 = 上年现行有效 + 本年制发 − 本年废止 |');
  });

  it('a rule whose file exports no title is an error in the table', () =>
    expect(() => checksTable(RULES, new Map())).toThrow(`${RULES[0]!.id} exports no title`));

  it('a README without the markers is an error, not a silent no-op', () => {
    expect(() => readmeWithChecks('# README')).toThrow(CHECKS_START);
    expect(() => readmeWithChecks(`${CHECKS_END}\n${CHECKS_START}`)).toThrow(CHECKS_END);
  });
});
