// The built command line on a folder of bad files made here (mutations of the good fixtures with a fixed seed, wrong
// types, empty files, a 300-page PDF; PDF, Word, saved pages) mixed with good ones: it exits 0 with one row per input,
// every good file with its hand-worked counts, every bad one an unreadable row saying why — never an internal error.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '@/src/model/schema';
import { fixtureExpected } from '../unit/fixtures';
import { PNG, batchBytes, madeBytes, mutate, mutation, pdfOfPages } from '../unit/fuzz-files-make';

const repo = resolve(__dirname, '../..');
const SEED = 20261202;

/** Good inputs and the fixture whose hand-worked findings they must give. */
const GOOD: Record<string, [() => Uint8Array, string]> = {
  'good/identity-errors.pdf': [() => madeBytes('identity-errors.pdf'), 'identity-errors'],
  'good/template-2019.pdf': [() => madeBytes('template-2019.pdf'), 'template-2019'],
  'good/yining-2023.html': [() => batchBytes('gbk/yining-2023.html'), 'seed-001-yining-2023'],
  'good/weibin-2024.mhtml': [() => batchBytes('mhtml/weibin-2024.mhtml'), 'seed-004-weibin-2024'],
  'good/identity-errors.docx': [() => madeBytes('identity-errors.docx'), 'identity-errors'],
};
/** Bad inputs whose error code is known by construction. */
const BAD: Record<string, [() => Uint8Array, string]> = {
  'bad/picture.pdf': [() => PNG, 'unsupported-type'],
  'bad/word.pdf': [() => madeBytes('identity-errors.docx'), 'unsupported-type'],
  'bad/report.html': [() => madeBytes('identity-errors.pdf'), 'unsupported-type'],
  'bad/empty.pdf': [() => new Uint8Array(0), 'corrupt'],
  'bad/empty.mhtml': [() => new Uint8Array(0), 'corrupt'],
  'bad/long.pdf': [() => pdfOfPages(300), 'too-large'],
  'bad/cut.pdf': [() => madeBytes('seed-004-weibin-2024.pdf').slice(0, 40_000), 'corrupt'],
  'bad/picture.docx': [() => PNG, 'unsupported-type'],
  'bad/report.docx': [() => madeBytes('identity-errors.pdf'), 'unsupported-type'],
};
/** Mutations of good files: whatever they give, it must be a row of a known status, never an internal error. */
const MUTATED = ['identity-errors.pdf', 'template-2019.pdf', 'yining-2023.html', 'weibin-2024.mhtml', 'identity-errors.docx'];
const mutatedFiles = fc.sample(mutation, { seed: SEED, numRuns: 20 }).map((change, index) => {
  const original = MUTATED[index % MUTATED.length]!;
  const [read] = GOOD[`good/${original}`]!;
  return [`mutated/${String(index).padStart(2, '0')}-${change.kind}-${original}`, mutate(read(), change)] as const;
});
const KNOWN_CODES = ['too-large', 'timeout', 'encrypted', 'corrupt', 'no-text', 'legacy-doc', 'unsupported-type'];

let work: string;
let run: { code: number | null; stdout: string; stderr: string };
const reportOf = (name: string) => JSON.parse(readFileSync(join(work, 'out/reports', `${name}.json`), 'utf8')) as ReportJson;

beforeAll(() => {
  if (!existsSync(join(repo, 'dist/cli/main.mjs'))) execFileSync('npm', ['run', 'build:cli'], { cwd: repo });
  work = mkdtempSync(join(tmpdir(), 'nbc-fuzz-cli-'));
  const files: [string, Uint8Array][] = [
    ...Object.entries(GOOD).map(([name, [read]]) => [name, read()] as [string, Uint8Array]),
    ...Object.entries(BAD).map(([name, [read]]) => [name, read()] as [string, Uint8Array]),
    ...mutatedFiles.map(([name, bytes]) => [name, bytes] as [string, Uint8Array]),
  ];
  for (const [name, bytes] of files) {
    mkdirSync(dirname(join(work, 'in', name)), { recursive: true });
    writeFileSync(join(work, 'in', name), bytes);
  }
  const result = spawnSync(process.execPath, [join(repo, 'bin/nianbao-check.mjs'), 'audit', join(work, 'in'), '--out', join(work, 'out'), '--jobs', '2'], {
    encoding: 'utf8',
    cwd: repo,
    timeout: 120_000,
  });
  run = { code: result.status, stdout: result.stdout, stderr: result.stderr };
}, 150_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the command line on a folder of bad files mixed with good ones', () => {
  it('exits 0 with one row per input', () => {
    expect(run.stderr).not.toMatch(/Error|\bat /);
    expect(run.code).toBe(0);
    const rows = readFileSync(join(work, 'out/summary.csv'), 'utf8').slice(1).split('\r\n').filter(Boolean).slice(1);
    const names = [...Object.keys(GOOD), ...Object.keys(BAD), ...mutatedFiles.map(([name]) => name)];
    expect(rows.map((row) => row.split(',')[0]).sort()).toEqual(names.sort());
  });

  it.each(Object.entries(GOOD))('%s gets its hand-worked counts', (name, [, fixture]) => {
    const json = reportOf(name);
    const findings = fixtureExpected(fixture).findings;
    const count = (outcome: string) => findings.filter((finding) => finding.outcome === outcome).length;
    expect(json.page.status).toBe('tables');
    expect(json.summary).toMatchObject({ fail: count('fail'), warn: count('warn'), review: count('review') });
  });

  it.each(Object.entries(BAD))('%s is an unreadable row: %s', (name, [, code]) => {
    const json = reportOf(name);
    expect(json.page.status).toBe('unreadable');
    expect(json.page.error?.code).toBe(code);
    expect(json.page.error?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(mutatedFiles.map(([name]) => name))('%s is a row of a known status, never an internal error', (name) => {
    const json = reportOf(name);
    expect(['tables', 'no-html-tables', 'nonstandard-tables', 'not-a-report', 'unreadable']).toContain(json.page.status);
    if (json.page.status === 'unreadable') expect(KNOWN_CODES).toContain(json.page.error?.code);
  });
});
