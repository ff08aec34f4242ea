// The polite fetcher (--urls), only ever against a server on 127.0.0.1: robots.txt honoured, requests to one host
// one at a time and at least 1 s apart, a User-Agent naming the tool and its homepage, retries on 503.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchError, PoliteFetcher, type FetchPolicy } from '@/src/cli/fetch';
import { parseRobots } from '@/src/cli/robots';

const repo = resolve(__dirname, '../..');

interface Seen {
  path: string;
  start: number;
  end: number;
  userAgent: string;
}

let server: Server;
let base: string;
let seen: Seen[];
let flakyLeft: number;
const ATTACHMENT_PAGE = readFileSync(join(repo, 'test/fixtures/pages/attachment-only.html'), 'utf8').replace(/href="[^"]*\.pdf"/, 'href="/files/report.pdf"');

function respond(req: IncomingMessage): { status: number; type?: string; body?: string } {
  switch (req.url) {
    case '/robots.txt':
      return { status: 200, type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\nAllow: /private/open.html\n' };
    case '/flaky.html':
      return flakyLeft-- > 0 ? { status: 503 } : { status: 200, type: 'text/html', body: '<title>ok</title>' };
    case '/moved.html':
      return { status: 301, body: '' };
    case '/attachment-only.html':
      return { status: 200, type: 'text/html; charset=utf-8', body: ATTACHMENT_PAGE };
    case '/files/report.pdf':
      return { status: 200, type: 'application/pdf', body: '%PDF-1.4\n%%EOF\n' };
    default:
      return req.url?.endsWith('.html') ? { status: 200, type: 'text/html', body: `<title>${req.url}</title>` } : { status: 404 };
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const start = Date.now();
    const { status, type, body } = respond(req);
    // A little server time, so that "apart" is measured between the end of one request and the start of the next.
    setTimeout(() => {
      if (req.url === '/moved.html') res.setHeader('location', '/private/secret.html');
      res.writeHead(status, type ? { 'content-type': type } : {});
      res.end(body ?? '');
      seen.push({ path: req.url!, start, end: Date.now(), userAgent: req.headers['user-agent'] ?? '' });
    }, 50);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
beforeEach(() => {
  seen = [];
  flakyLeft = 0;
});

const policy: FetchPolicy = { userAgent: 'nianbao-check/0.1.0 (+https://example.org/nianbao-check)', spacingMs: 1000, timeoutMs: 5000, retries: 3, backoffMs: 100 };

describe('PoliteFetcher', () => {
  it('asks robots.txt first and never requests what it disallows; Allow wins where it is more specific', async () => {
    const fetcher = new PoliteFetcher(policy);
    await expect(fetcher.get(`${base}/private/secret.html`)).rejects.toMatchObject({ code: 'robots' });
    expect((await fetcher.get(`${base}/private/open.html`)).url).toBe(`${base}/private/open.html`);
    expect(seen.map((s) => s.path)).toEqual(['/robots.txt', '/private/open.html']);
  });

  it('does not follow a redirect into a disallowed path', async () => {
    const fetcher = new PoliteFetcher(policy);
    const error = await fetcher.get(`${base}/moved.html`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe('robots');
    expect(seen.map((s) => s.path)).toEqual(['/robots.txt', '/moved.html']);
  });

  it('sends one request at a time to a host, each starting at least 1 s after the previous one ended, naming itself', async () => {
    const fetcher = new PoliteFetcher(policy);
    await Promise.all(['/a.html', '/b.html', '/c.html'].map((path) => fetcher.get(base + path)));
    expect(seen).toHaveLength(4);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.start - seen[i - 1]!.end).toBeGreaterThanOrEqual(1000);
    for (const request of seen) expect(request.userAgent).toBe(policy.userAgent);
  });

  it('retries a 503 with a pause and returns the page once the server recovers', async () => {
    flakyLeft = 2;
    const fetched = await new PoliteFetcher(policy).get(`${base}/flaky.html`);
    expect(new TextDecoder().decode(fetched.bytes)).toBe('<title>ok</title>');
    expect(seen.map((s) => s.path)).toEqual(['/robots.txt', '/flaky.html', '/flaky.html', '/flaky.html']);
  });

  it('gives up after the retries with the server’s status', async () => {
    flakyLeft = 10;
    await expect(new PoliteFetcher({ ...policy, retries: 1 }).get(`${base}/flaky.html`)).rejects.toMatchObject({ code: 'http', en: 'The server answered HTTP 503.' });
  });
});

describe('robots.txt rules', () => {
  it('prefers the group naming the tool, then the longest rule; * and $ are wildcards', () => {
    const allows = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: nianbao-check\nDisallow: /*.pdf$\nAllow: /\n', 'nianbao-check');
    expect(allows('/report.html')).toBe(true);
    expect(allows('/files/report.pdf')).toBe(false);
    expect(allows('/files/report.pdf?x=1')).toBe(true);
    expect(parseRobots('User-agent: *\nDisallow: /\n', 'nianbao-check')('/a.html')).toBe(false);
    expect(parseRobots('', 'nianbao-check')('/a.html')).toBe(true);
  });
});

describe('nianbao-check audit --urls', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'nbc-urls-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('fetches the listed pages, follows the attachment of a page whose tables are not HTML, skips what robots.txt forbids', async () => {
    const list = join(work, 'urls.txt');
    writeFileSync(list, `# 待检查的年报\n${base}/attachment-only.html\n${base}/private/secret.html\n`);
    const out = join(work, 'out');
    // Asynchronously: the server answering it runs in this process.
    await promisify(execFile)(process.execPath, [join(repo, 'bin/nianbao-check.mjs'), 'audit', '--urls', list, '--out', out]);
    const host = `127.0.0.1_${new URL(base).port}`;
    const page = JSON.parse(readFileSync(join(out, `reports/${host}/attachment-only.html.json`), 'utf8'));
    expect(page.page).toMatchObject({ status: 'no-html-tables', source: { kind: 'html', url: `${base}/attachment-only.html` } });
    const attachment = JSON.parse(readFileSync(join(out, `reports/${host}/files/report.pdf.json`), 'utf8'));
    expect(attachment.page.source).toEqual({ kind: 'pdf', name: `${host}/files/report.pdf`, url: `${base}/files/report.pdf` });
    const blocked = JSON.parse(readFileSync(join(out, `reports/${host}/private/secret.html.json`), 'utf8'));
    expect(blocked.page.error).toMatchObject({ code: 'robots' });
    // The page's other attachment, a .docx, is followed too; this server has none (404).
    const missing = JSON.parse(readFileSync(join(out, `reports/${host}/files/2024/jyj-2023-ndbg.docx.json`), 'utf8'));
    expect(missing.page.error).toMatchObject({ code: 'http', message: '服务器返回 HTTP 404' });
    expect(seen.map((s) => s.path).sort()).toEqual(['/attachment-only.html', '/files/2024/jyj-2023-ndbg.docx', '/files/report.pdf', '/robots.txt']);
    expect(seen.every((s) => /^nianbao-check\/\d+\.\d+\.\d+ \(\+https:\/\/\S+\)$/.test(s.userAgent))).toBe(true);
  });
});
