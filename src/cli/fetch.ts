// Fetching report pages for --urls, politely: one request at a time per host and at least `spacingMs` between the end
// of one and the start of the next, a User-Agent naming the tool and its homepage, robots.txt honoured, a timeout
// per request, and a few retries with growing pauses on 429/5xx or a network failure. Redirects are followed by hand
// so that each hop waits its own host's turn and robots.txt.
import { allowAll, disallowAll, parseRobots, type RobotsPolicy } from './robots';

export const PRODUCT_TOKEN = 'nianbao-check';

export interface FetchPolicy {
  userAgent: string;
  spacingMs: number;
  timeoutMs: number;
  /** Attempts after the first, each `backoffMs` × 2^n later (and never sooner than the host's spacing). */
  retries: number;
  backoffMs: number;
}

export const DEFAULT_POLICY: Omit<FetchPolicy, 'userAgent'> = { spacingMs: 1000, timeoutMs: 30_000, retries: 3, backoffMs: 2000 };

export interface Fetched {
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A fetch that did not give a document, with the reason in Chinese and English. */
export class FetchError extends Error {
  constructor(
    readonly code: 'robots' | 'http' | 'network' | 'too-large',
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const MAX_BYTES = 30 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const RETRIED_STATUS = new Set([429, 500, 502, 503, 504]);

interface Host {
  turn: Promise<unknown>;
  lastEnd: number;
  robots?: Promise<RobotsPolicy>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class PoliteFetcher {
  private readonly hosts = new Map<string, Host>();

  constructor(private readonly policy: FetchPolicy) {}

  private host(origin: string): Host {
    let host = this.hosts.get(origin);
    if (!host) this.hosts.set(origin, (host = { turn: Promise.resolve(), lastEnd: -Infinity }));
    return host;
  }

  /** One request, in its host's queue, spaced from the previous one. */
  private request(url: URL, wait = 0): Promise<Response> {
    const host = this.host(url.origin);
    const run = host.turn.then(async () => {
      await sleep(Math.max(wait, host.lastEnd + this.policy.spacingMs - Date.now()));
      try {
        const response = await fetch(url, {
          headers: { 'user-agent': this.policy.userAgent },
          redirect: 'manual',
          signal: AbortSignal.timeout(this.policy.timeoutMs),
        });
        // The body is read inside the turn: the request is not over until its last byte arrived.
        const body = new Uint8Array(await response.arrayBuffer());
        if (body.length > MAX_BYTES) throw new FetchError('too-large', '下载的文件超过 30 MB，未读取', 'The download is larger than 30 MB; it was not read.');
        return new Response(body.length > 0 ? body : null, { status: response.status, headers: response.headers });
      } finally {
        host.lastEnd = Date.now();
      }
    });
    host.turn = run.catch(() => undefined);
    return run;
  }

  /** With retries: 429 and 5xx answers and network failures are tried again after a growing pause. */
  private async requestWithRetries(url: URL): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const pause = attempt === 0 ? 0 : this.policy.backoffMs * 2 ** (attempt - 1);
      try {
        const response = await this.request(url, pause);
        if (!RETRIED_STATUS.has(response.status) || attempt >= this.policy.retries) return response;
      } catch (error) {
        if (error instanceof FetchError) throw error;
        if (attempt >= this.policy.retries) {
          throw new FetchError('network', `无法连接 ${url.host}：${(error as Error).message}`, `Cannot reach ${url.host}: ${(error as Error).message}`);
        }
      }
    }
  }

  private robots(url: URL): Promise<RobotsPolicy> {
    const host = this.host(url.origin);
    host.robots ??= this.requestWithRetries(new URL('/robots.txt', url.origin)).then(
      async (response) => {
        if (response.ok) return parseRobots(await response.text(), PRODUCT_TOKEN);
        // RFC 9309 §2.3.1: a missing robots.txt allows everything; an unreachable one (5xx) forbids everything.
        return response.status >= 500 ? disallowAll : allowAll;
      },
      () => disallowAll,
    );
    return host.robots;
  }

  async get(address: string): Promise<Fetched> {
    let url = new URL(address);
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (!/^https?:$/.test(url.protocol)) throw new FetchError('http', `不支持的地址：${url.href}`, `Unsupported address: ${url.href}`);
      if (!(await this.robots(url))(url.pathname + url.search)) {
        throw new FetchError('robots', `${url.host} 的 robots.txt 不允许抓取此地址`, `${url.host}'s robots.txt disallows this address.`);
      }
      const response = await this.requestWithRetries(url);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) throw new FetchError('http', `服务器返回 HTTP ${response.status}`, `The server answered HTTP ${response.status}.`);
      return { url: url.href, contentType: response.headers.get('content-type') ?? '', bytes: new Uint8Array(await response.arrayBuffer()) };
    }
    throw new FetchError('http', '重定向次数过多', 'Too many redirects.');
  }
}
