// Is this page (frame) worth reading? The content script runs on every page, so this must cost next to nothing
// where there is no report: a title test, then a look at the first rows of each table, nothing more.
import { REPORT_TITLE } from '../text/report-title';

/** First-row text of tables 二/三/四 (caption 第二十条, the 勾稽 note, 申请人情况, 行政复议 header). */
const TABLE_MARK = /第二十条|勾稽|申请人情况|本年新收|行政复议|信息内容/;
const MAX_TABLES_LOOKED_AT = 300;
const ROWS_LOOKED_AT = 3;

function titleOf(doc: Document): string {
  // Only <head> holds metadata: a document-wide attribute selector costs ~1 ms on a 30,000-element page (bench (c)).
  const meta = doc.head?.querySelector('meta[name="ArticleTitle"],meta[name="articletitle"]');
  // Frames and script-built pages often carry a generic <title>; their own headline is the first h1.
  const h1 = doc.getElementsByTagName('h1')[0];
  return `${doc.title} ${meta?.getAttribute('content') ?? ''} ${h1?.textContent ?? ''}`;
}

function titleSaysReport(doc: Document): boolean {
  return REPORT_TITLE.test(titleOf(doc));
}

function tablesLookLikeReport(doc: Document): boolean {
  const tables = doc.getElementsByTagName('table');
  const count = Math.min(tables.length, MAX_TABLES_LOOKED_AT);
  for (let i = 0; i < count; i++) {
    const rows = (tables[i] as HTMLTableElement).rows;
    const n = Math.min(rows.length, ROWS_LOOKED_AT);
    for (let r = 0; r < n; r++) {
      // A layout table's first row can hold the whole article: look at its cells one by one, shortest first.
      const cells = rows[r]!.cells;
      for (let c = 0; c < cells.length && c < 20; c++) {
        const cell = cells[c]!;
        if (cell.getElementsByTagName('table').length > 0) continue;
        if (TABLE_MARK.test(cell.textContent ?? '')) return true;
      }
    }
  }
  return false;
}

/** Cheap yes/no: should the full pipeline run on this document? */
export function mayBeReport(doc: Document): boolean {
  return titleSaysReport(doc) || tablesLookLikeReport(doc);
}
