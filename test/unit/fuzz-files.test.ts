// @vitest-environment node
// Bad files end in a message, in time (issue 17, the new inputs): every mutation of a good PDF, DOCX, saved page or
// MHTML, every file under the wrong extension, and huge files made here resolve to a document or an AdapterError with
// zh/en text — never another exception, never a hang — and a batch holding them still reads every good file.
import { JSDOM } from 'jsdom';
import fc from 'fast-check';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptDocx } from '@/src/adapters/docx';
import { adaptHtml } from '@/src/adapters/html';
import { adaptMhtml } from '@/src/adapters/mhtml';
import { adaptPdf } from '@/src/adapters/pdf';
import { AdapterError, type AdaptedDocument, type DocumentInput } from '@/src/adapters/types';
import { runBatch, type BatchInput } from '@/src/batch/runner';
import { DEFAULT_OPTIONS } from '@/src/check/types';
import { batchAnalyser } from '@/src/checker/batch/analyse';
import { analyse } from '@/src/pipeline';
import { expectHandWorkedValues } from './documents';
import { fixtureExpected } from './fixtures';
import {
  PNG, batchBytes, docxParts, madeBytes, mhtmlWithPicture, mutate, mutation, pdfOfPages, spacesDeflated, zipOf, type ZipPart,
} from './fuzz-files-make';

const { DOMParser } = new JSDOM('').window;
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

type Kind = 'pdf' | 'docx' | 'html' | 'mhtml';
const ADAPTERS: Record<Kind, (input: DocumentInput) => Promise<AdaptedDocument>> = {
  pdf: (input) => adaptPdf(input, { pdfjs }),
  docx: (input) => adaptDocx(input, { parseHtml }),
  html: async (input) => adaptHtml(input, parseHtml),
  mhtml: async (input) => adaptMhtml(input, parseHtml),
};
/** Far above what any case takes alone (~0.1–1 s); only a hang reaches it, and it fails the case instead of the run. */
const CASE_LIMIT_MS = 15_000;
const SEED = 20261202;
const CODES = ['too-large', 'timeout', 'encrypted', 'corrupt', 'no-text', 'legacy-doc', 'unsupported-type'];

class Hang extends Error {}

/** The adapter, then the pipeline on what it gave, raced against a timer: a document, an AdapterError, or a failure. */
async function outcome(kind: Kind, input: DocumentInput): Promise<AdaptedDocument | AdapterError> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Hang(`${kind} adapter still busy after ${CASE_LIMIT_MS} ms on ${input.name}`)), CASE_LIMIT_MS);
  });
  const work = ADAPTERS[kind](input).then((document) => {
    analyse(document.page);
    return document;
  });
  try {
    return await Promise.race([work, hang]);
  } catch (error) {
    if (error instanceof AdapterError) return error;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** The error, checked to be one a person can read: a known code and a sentence in each language. */
async function refusal(kind: Kind, input: DocumentInput): Promise<AdapterError> {
  const result = await outcome(kind, input);
  expect(result, `${input.name} must be refused`).toBeInstanceOf(AdapterError);
  const error = result as AdapterError;
  expect(CODES).toContain(error.code);
  expect(error.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(error.en).toMatch(/[a-z]{3}/);
  return error;
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});

describe('mutated good files: a document or an AdapterError, in time', () => {
  const GOOD: Record<Kind, [string, () => Uint8Array][]> = {
    pdf: ['identity-errors.pdf', 'template-2019.pdf', 'seed-004-weibin-2024.pdf', 'not-a-report.pdf'].map((name) => [name, () => madeBytes(name)]),
    docx: ['identity-errors.docx', 'template-2019.docx', 'seed-004-weibin-2024.docx', 'not-a-report.docx'].map((name) => [name, () => madeBytes(name)]),
    html: ['gbk/yining-2023.html', 'gbk/template-2019-undeclared.htm', 'mixed-encoding.html', '../pages/identity-errors.html'].map((name) => [name, () => batchBytes(name)]),
    mhtml: [['mhtml/weibin-2024.mhtml', () => batchBytes('mhtml/weibin-2024.mhtml')]],
  };
  // Bounded so the whole file stays well under a minute on a loaded 2-core machine (pdf.js is the slow one).
  const RUNS: Record<Kind, number> = { pdf: 40, docx: 60, html: 40, mhtml: 40 };

  it.each(Object.keys(GOOD) as Kind[])('%s', async (kind) => {
    const originals = GOOD[kind].map(([name, read]) => [name, read()] as const);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...originals), mutation, async ([name, bytes], change) => {
        const result = await outcome(kind, { name, bytes: mutate(bytes, change) });
        if (result instanceof AdapterError) {
          expect(CODES).toContain(result.code);
          expect(result.zh).not.toBe('');
          expect(result.en).not.toBe('');
        } else {
          expect(result.source.name).toBe(name);
        }
      }),
      { seed: SEED, numRuns: RUNS[kind], endOnFailure: true },
    );
  }, 120_000);
});

describe('empty, one byte, and the wrong type under each extension', () => {
  const docx = madeBytes('identity-errors.docx');
  const pdf = madeBytes('identity-errors.pdf');

  it.each([
    ['pdf', 'empty.pdf', 'corrupt', new Uint8Array(0)],
    ['pdf', 'one.pdf', 'corrupt', Uint8Array.of(0x25)],
    ['pdf', 'word.pdf', 'unsupported-type', docx],
    ['pdf', 'picture.pdf', 'unsupported-type', PNG],
    ['pdf', 'page.pdf', 'corrupt', batchBytes('gbk/yining-2023.html')],
    ['docx', 'empty.docx', 'unsupported-type', new Uint8Array(0)],
    ['docx', 'one.docx', 'unsupported-type', Uint8Array.of(0x50)],
    ['docx', 'report.docx', 'unsupported-type', pdf],
    ['docx', 'picture.docx', 'unsupported-type', PNG],
    ['docx', 'legacy.docx', 'legacy-doc', madeBytes('legacy.doc')],
    ['docx', 'zip-header-only.docx', 'corrupt', docx.slice(0, 30)],
    ['mhtml', 'empty.mhtml', 'corrupt', new Uint8Array(0)],
    ['mhtml', 'word.mhtml', 'corrupt', docx],
    ['mhtml', 'report.mhtml', 'corrupt', pdf],
    ['html', 'report.html', 'unsupported-type', pdf],
    ['html', 'word.html', 'unsupported-type', docx],
    ['html', 'picture.htm', 'unsupported-type', PNG],
  ] as const)('%s adapter, %s → %s', async (kind, name, code, bytes) => {
    expect((await refusal(kind, { name, bytes })).code).toBe(code);
  });

  // An empty saved page is still text: read as a page, not a report.
  it.each([
    ['empty.html', new Uint8Array(0)],
    ['one.html', Uint8Array.of(0x3c)],
  ])('html adapter, %s → a page that is not a report', async (name, bytes) => {
    const result = await outcome('html', { name, bytes });
    expect(result).not.toBeInstanceOf(AdapterError);
    expect(analyse((result as AdaptedDocument).page)).toBeNull();
  });
});

describe('huge files made here: a clear message, time and memory bounded', () => {
  const MB = 1024 * 1024;
  /** Resident memory added by the work, sampled every 20 ms while it runs (the peak, not what is left after). */
  async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; megabytes: number; ms: number }> {
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    try {
      const result = await work();
      peak = Math.max(peak, process.memoryUsage().rss);
      return { result, megabytes: (peak - before) / MB, ms: performance.now() - started };
    } finally {
      clearInterval(sampler);
    }
  }

  it('the PDF writer makes a PDF the adapter reads (so the 300-page refusal below is about the pages)', async () => {
    const result = await outcome('pdf', { name: 'three.pdf', bytes: pdfOfPages(3) });
    expect(result).not.toBeInstanceOf(AdapterError);
    expect((result as AdaptedDocument).page.prose).toContain('number 3 of 3');
  });

  it('a 300-page PDF is refused for its pages, without reading them', async () => {
    const { result, ms } = await peakGrowth(() => refusal('pdf', { name: 'long.pdf', bytes: pdfOfPages(300) }));
    expect(result.code).toBe('too-large');
    expect(result.zh).toContain('300 页');
    expect(ms).toBeLessThan(5_000);
  });

  it('a 60 MB PDF is refused by its size before pdf.js sees it', async () => {
    const bytes = new Uint8Array(60 * MB);
    bytes.set(pdfOfPages(1));
    const { result, ms } = await peakGrowth(() => refusal('pdf', { name: 'huge.pdf', bytes }));
    expect(result.code).toBe('too-large');
    expect(result.zh).toContain('60 MB');
    expect(ms).toBeLessThan(1_000);
  });

  it('a 50 MB DOCX is refused by its size', async () => {
    const bytes = new Uint8Array(50 * MB);
    bytes.set(madeBytes('identity-errors.docx'));
    const { result, ms } = await peakGrowth(() => refusal('docx', { name: 'huge.docx', bytes }));
    expect(result.code).toBe('too-large');
    expect(result.zh).toContain('50 MB');
    expect(ms).toBeLessThan(1_000);
  });

  const withDocument = (document: ZipPart) => zipOf(docxParts('identity-errors.docx').map((part) => (part.name === 'word/document.xml' ? document : part)));

  it('the zip writer makes a DOCX the adapter reads (so the bombs below are refused for their sizes)', async () => {
    const result = await outcome('docx', { name: 'rezipped.docx', bytes: zipOf(docxParts('identity-errors.docx')) });
    expect(result).not.toBeInstanceOf(AdapterError);
    expectHandWorkedValues(analyse((result as AdaptedDocument).page), fixtureExpected('identity-errors'));
  });

  it('a zip bomb that declares its size (3 GB of document.xml) is refused from the directory', async () => {
    const bomb = withDocument({ name: 'word/document.xml', deflated: spacesDeflated(1), declaredSize: 3_000_000_000 });
    const { result, ms } = await peakGrowth(() => refusal('docx', { name: 'bomb.docx', bytes: bomb }));
    expect(result.code).toBe('too-large');
    expect(ms).toBeLessThan(1_000);
  });

  it('a zip bomb that lies (declares 1 kB, inflates to 1 GB from 1 MB) is refused in time and in little memory', async () => {
    const bomb = withDocument({ name: 'word/document.xml', deflated: spacesDeflated(1024), declaredSize: 1000 });
    expect(bomb.length).toBeLessThan(2 * MB);
    const { result, megabytes, ms } = await peakGrowth(() => refusal('docx', { name: 'liar.docx', bytes: bomb }));
    expect(result.code).toBe('too-large');
    // Inflating it whole (what the zip reader does before it compares sizes) took 1.1 GB and 2.8 s.
    expect(megabytes).toBeLessThan(200);
    expect(ms).toBeLessThan(2_000);
  });

  it('an MHTML with a 20 MB base64 picture still gives its page, in time', async () => {
    const bytes = mhtmlWithPicture(15 * MB);
    expect(bytes.length).toBeGreaterThan(20 * MB);
    const { result, ms } = await peakGrowth(() => outcome('mhtml', { name: 'weibin-2024.mhtml', bytes }));
    expect(result).not.toBeInstanceOf(AdapterError);
    expectHandWorkedValues(analyse((result as AdaptedDocument).page), fixtureExpected('seed-004-weibin-2024'));
    expect(ms).toBeLessThan(10_000);
  });

  it('an MHTML of 40 MB is refused by its size', async () => {
    const bytes = mhtmlWithPicture(30 * MB);
    const { result, ms } = await peakGrowth(() => refusal('mhtml', { name: 'huge.mhtml', bytes }));
    expect(result.code).toBe('too-large');
    expect(ms).toBeLessThan(1_000);
  });
});

describe('a batch mixing bad files with good ones (the checker page\'s runner and loader)', () => {
  const good: [string, () => Uint8Array, string][] = [
    ['identity-errors.pdf', () => madeBytes('identity-errors.pdf'), 'identity-errors'],
    ['weibin/seed-004-weibin-2024.docx', () => madeBytes('seed-004-weibin-2024.docx'), 'seed-004-weibin-2024'],
    ['gbk/yining-2023.html', () => batchBytes('gbk/yining-2023.html'), 'seed-001-yining-2023'],
    ['template-2019.pdf', () => madeBytes('template-2019.pdf'), 'template-2019'],
  ];
  const bad: [string, () => Uint8Array, string][] = [
    ['cut.pdf', () => madeBytes('seed-004-weibin-2024.pdf').slice(0, 40_000), 'corrupt'],
    ['picture.pdf', () => PNG, 'unsupported-type'],
    ['long.pdf', () => pdfOfPages(300), 'too-large'],
    ['liar.docx', () => zipOf(docxParts('template-2019.docx').map((part) => (part.name === 'word/document.xml' ? { ...part, deflated: spacesDeflated(512), declaredSize: 1000 } : part))), 'too-large'],
    ['empty.docx', () => new Uint8Array(0), 'unsupported-type'],
    ['draft.doc', () => batchBytes('draft.doc'), 'legacy-doc'],
    ['zeroed.docx', () => madeBytes('identity-errors.docx').fill(0, 2_000, 6_000), 'corrupt'],
  ];

  it('every good file gets its hand-worked row, every bad one its error row, in input order', async () => {
    // Bad and good interleaved: a bad file must not disturb the file read after it.
    const order = [bad[0], good[0], bad[1], bad[2], good[1], bad[3], bad[4], good[2], bad[5], bad[6], good[3]].map((entry) => entry!);
    const inputs: BatchInput[] = order.map(([path, read]) => ({ path, load: async () => read() }));
    const result = await runBatch(inputs, batchAnalyser({ pdfjs, parseHtml }, DEFAULT_OPTIONS), { concurrency: 2, timeLimitMs: 30_000 });
    expect(result.cancelled).toBe(false);
    expect(result.entries.map((entry) => entry.path)).toEqual(order.map(([path]) => path));
    for (const [index, [path, , expected]] of order.entries()) {
      const { outcome: row } = result.entries[index]!;
      if (good.some(([goodPath]) => goodPath === path)) {
        expect(row.kind, path).toBe('report');
        if (row.kind === 'report') expectHandWorkedValues(row.analysis, fixtureExpected(expected));
      } else {
        expect(row, path).toMatchObject({ kind: 'unreadable', code: expected });
      }
    }
  }, 120_000);
});
