// DOM → RawPage. One of the three phases allowed to touch the DOM; everything after it is plain data.
import { buildGrid } from '../dom/grid';
import { skipTables, visibleText } from '../dom/text';
import type { Attachment, RawCell, RawPage, RawTable } from '../model/raw';
import { cleanText, labelKeyOfClean } from '../text/normalize';

/** Words one of tables 二/三/四 contains somewhere; other tables are never expanded. */
const CANDIDATE_TABLE = /第二十条|信息内容|本年新收|予以公开|行政复议|行政诉讼|规范性文件|行政许可|勾稽|申请人情况|结果维持/;
const MAX_CANDIDATE_TABLES = 40;
const ATTACHMENT_LINK = /\.(pdf|docx?|wps|ofd|xlsx?|et|rar|zip)(?:[?#]|$)/i;
const SAFE_LINK = /^(https?|file):/i;
/** A picture wide enough to be a scanned table rather than a logo or an icon. */
const MIN_TABLE_IMAGE_WIDTH = 300;

export interface Extraction {
  page: RawPage;
  /** The element of each RawCell id (kept out of the JSON; used for badges and jump-to-cell). */
  cells: HTMLTableCellElement[];
}

function isLayoutTable(table: HTMLTableElement): boolean {
  return table.getElementsByTagName('table').length > 0;
}

function candidateTables(doc: Document): HTMLTableElement[] {
  const found: HTMLTableElement[] = [];
  for (const table of Array.from(doc.getElementsByTagName('table'))) {
    if (found.length >= MAX_CANDIDATE_TABLES) break;
    if (isLayoutTable(table)) continue;
    if (CANDIDATE_TABLE.test(table.textContent ?? '')) found.push(table);
  }
  return found;
}

function readTable(table: HTMLTableElement, cells: HTMLTableCellElement[], ids: Map<Element, RawCell>): RawTable | null {
  const grid = buildGrid(table);
  if (!grid) return null;
  const rows = grid.slots.map((line) =>
    line.map((slot) => {
      if (!slot) return null;
      let cell = ids.get(slot.el);
      if (!cell) {
        const text = cleanText(visibleText(slot.el, { skip: skipTables }));
        cell = { id: cells.length, text, key: labelKeyOfClean(text), row: slot.row, col: slot.col };
        cells.push(slot.el);
        ids.set(slot.el, cell);
      }
      return cell;
    }),
  );
  return { rows, width: grid.width };
}

function absoluteUrl(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** The document's base URL as HTML defines it (the first <base href>, else the page's address; an unparsable <base>
 * is ignored), worked out here rather than read from `a.href`: linkedom's `href` is the raw attribute. */
function documentBase(doc: Document, pageUrl: string): string {
  // getElementsByTagName, not querySelector('base[href]'): a selector walk costs linkedom ~3 ms on a 100 kB page.
  const base = Array.from(doc.getElementsByTagName('base')).find((el) => el.hasAttribute('href'))?.getAttribute('href');
  return (base ? absoluteUrl(base, pageUrl) : null) ?? pageUrl;
}

function attachmentsOf(doc: Document, pageUrl: string): Attachment[] {
  const seen = new Set<string>();
  const out: Attachment[] = [];
  const base = documentBase(doc, pageUrl);
  const webPage = /^https?:/i.test(pageUrl);
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const url = absoluteUrl(a.getAttribute('href')!, base);
    if (url === null) continue;
    // Only links a person can follow: a page may dress up "javascript:…//x.pdf" as an attachment; and a web page
    // has no business pointing at the reader's own files (file: only from a saved page, issue 17).
    if (!SAFE_LINK.test(url) || (webPage && url.startsWith('file:')) || !ATTACHMENT_LINK.test(url) || seen.has(url)) continue;
    seen.add(url);
    out.push({ url, text: cleanText(a.textContent ?? '') });
  }
  return out;
}

function tableImagesOf(doc: Document): number {
  let count = 0;
  for (const img of Array.from(doc.getElementsByTagName('img'))) {
    const width = img.width || Number(img.getAttribute('width')) || 0;
    if (width >= MIN_TABLE_IMAGE_WIDTH) count++;
  }
  return count;
}

const MAX_HEADINGS = 6;
/** Publish-date metadata of the CMSs reports are published with (TRS, 开普, 大汉: PubDate; others firstpublishedtime). */
const PUBLISHED_META = 'meta[name="PubDate"],meta[name="pubdate"],meta[name="firstpublishedtime"],meta[name="publishdate"],meta[property="article:published_time"]';

/** The page's own statements of what it is: title metadata and the first headings. */
function headlinesOf(doc: Document): string[] {
  const out: string[] = [];
  for (const meta of Array.from(doc.head?.querySelectorAll('meta[name="ArticleTitle"],meta[property="og:title"]') ?? [])) {
    out.push(cleanText(meta.getAttribute('content') ?? ''));
  }
  for (const heading of Array.from(doc.querySelectorAll('h1,h2,h3')).slice(0, MAX_HEADINGS)) {
    out.push(cleanText(visibleText(heading)));
  }
  return out.filter((text) => text !== '');
}

function publishedOf(doc: Document): { published?: string } {
  const content = doc.head?.querySelector(PUBLISHED_META)?.getAttribute('content');
  return content ? { published: cleanText(content) } : {};
}

export function extractPage(doc: Document, url: string = doc.URL): Extraction {
  const cells: HTMLTableCellElement[] = [];
  const ids = new Map<Element, RawCell>();
  const found = candidateTables(doc);
  const tables = found.map((table) => readTable(table, cells, ids)).filter((table): table is RawTable => table !== null);
  // Old sites wrap the article in layout tables: leave out only the report tables themselves.
  const reportTables = new Set<Element>(found);
  // trimEnd: a browser's parser moves the whitespace after </html> into <body>, linkedom's does not.
  const prose = doc.body ? visibleText(doc.body, { skip: (el) => reportTables.has(el) }).trimEnd() : '';
  return {
    page: {
      url,
      title: cleanText(doc.title),
      headlines: headlinesOf(doc),
      prose,
      tables,
      attachments: attachmentsOf(doc, url),
      images: tableImagesOf(doc),
      ...publishedOf(doc),
      source: { kind: 'html', name: cleanText(doc.title) || url.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1) || url, url },
    },
    cells,
  };
}
