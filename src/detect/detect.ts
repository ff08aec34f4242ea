// Is this page (frame) worth reading? The content script runs on every page, so this must cost next to nothing
// where there is no report: a title test, then a look at the first rows of each table, nothing more.
import { REPORT_TITLE } from '../text/report-title';

/** First-row text of tables 二/三/四 (caption 第二十条, the 勾稽 note, 申请人情况, 行政复议 header). Words looked up
 *  with includes(), not a RegExp: in a fresh renderer, compiling a pattern costs more than the whole look (bench). */
const TABLE_MARKS = ['第二十条', '勾稽', '申请人情况', '本年新收', '行政复议', '信息内容'];
/** Every title REPORT_TITLE accepts contains this: the pattern is compiled only for a title that does. */
const TITLE_WORD = '信息公开';
const MAX_TABLES_LOOKED_AT = 300;
const ROWS_LOOKED_AT = 3;

/** The CMS's title metadata (TRS, 开普, 大汉: ArticleTitle), read without a selector: in a fresh frame the first
 *  querySelector cost more than the rest of the detector (bench). Only <head> holds metadata. */
function articleTitle(doc: Document): string {
  const metas = doc.head?.getElementsByTagName('meta');
  for (let i = 0; metas && i < metas.length; i++) {
    if (metas[i]!.getAttribute('name')?.toLowerCase() === 'articletitle') return metas[i]!.getAttribute('content') ?? '';
  }
  return '';
}

function titleOf(doc: Document): string {
  // Frames and script-built pages often carry a generic <title>; their own headline is the first h1.
  const h1 = doc.getElementsByTagName('h1')[0];
  return `${doc.title} ${articleTitle(doc)} ${h1?.textContent ?? ''}`;
}

function titleSaysReport(doc: Document): boolean {
  const title = titleOf(doc);
  return title.includes(TITLE_WORD) && REPORT_TITLE.test(title);
}

const hasTableMark = (text: string | null) => text !== null && TABLE_MARKS.some((word) => text.includes(word));

function tablesLookLikeReport(doc: Document): boolean {
  const tables = doc.getElementsByTagName('table');
  const count = Math.min(tables.length, MAX_TABLES_LOOKED_AT);
  for (let i = 0; i < count; i++) {
    const rows = (tables[i] as HTMLTableElement).rows;
    const n = Math.min(rows.length, ROWS_LOOKED_AT);
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      // One test per row, as cheap as reading it (bench: a test per cell cost a quarter of a frame's script time).
      if (row.getElementsByTagName('table').length === 0) {
        if (hasTableMark(row.textContent)) return true;
        continue;
      }
      // A layout table's row can hold the whole article, the report's tables nested in it (they are looked at in
      // their own turn): only its cells without a table are read.
      const cells = row.cells;
      for (let c = 0; c < cells.length && c < 20; c++) {
        const cell = cells[c]!;
        if (cell.getElementsByTagName('table').length === 0 && hasTableMark(cell.textContent)) return true;
      }
    }
  }
  return false;
}

/** Cheap yes/no: should the full pipeline run on this document? */
export function mayBeReport(doc: Document): boolean {
  return titleSaysReport(doc) || tablesLookLikeReport(doc);
}
