// Addresses as the history sees them: which site a page belongs to (a report from another site must not become
// "last year"), and what of an address is kept (no query, no fragment, no local path).

/**
 * Second-level labels under a two-letter country code that are registries, not sites: www.hongze.gov.cn and
 * xxgk.hongze.gov.cn are one site (hongze.gov.cn), while a.com and b.com are two. A short list instead of the
 * public-suffix list: government reports live under gov.cn and the other generic second levels of ccTLDs.
 */
const REGISTRY_SECOND_LEVEL = new Set(['gov', 'com', 'net', 'org', 'edu', 'ac', 'co']);
const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/** The registrable part of an address ("hongze.gov.cn"), "file:" for local files, null when it has none. */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'file:') return 'file:';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  if (IP_ADDRESS.test(host) || !host.includes('.')) return host;
  const labels = host.split('.');
  const [second, top] = labels.slice(-2) as [string, string];
  const keep = top.length === 2 && REGISTRY_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export function sameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}

/** Server scripts whose query string selects the page (article.jsp?id=123): there the query is the address. */
const QUERY_SELECTS_PAGE = /(\.(jsp|jspx|php|asp|aspx|do|action|cgi)|\/)$/i;

/**
 * The address kept in the history: origin and path only, so tokens, session ids and search terms in the query are
 * not stored; the query is kept only where it is what finds the page again (a script or a bare folder serving
 * several reports, e.g. /xxgk/content.jsp?id=123). Local files keep their name only — the folders of a file path
 * name the user — and cannot be reopened from the history.
 */
export function storedUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  if (parsed.protocol === 'file:') return `file:///${parsed.pathname.split('/').pop() ?? ''}`;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return '';
  const query = QUERY_SELECTS_PAGE.test(parsed.pathname) ? parsed.search : '';
  return `${parsed.origin}${parsed.pathname}${query}`;
}

/** http(s) addresses only: what the options page and the popup may show as a link. */
export function isLinkable(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
