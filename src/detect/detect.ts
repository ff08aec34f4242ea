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

function hasTableMark(text: string): boolean {
  for (const word of TABLE_MARKS) if (text.includes(word)) return true;
  return false;
}

/** The first rows' text of every table, one line per row (so that no word is made across two rows). */
function firstRowsText(doc: Document): string {
  let text = '';
  const tables = doc.getElementsByTagName('table');
  const count = Math.min(tables.length, MAX_TABLES_LOOKED_AT);
  for (let i = 0; i < count; i++) {
    const rows = (tables[i] as HTMLTableElement).rows;
    const n = Math.min(rows.length, ROWS_LOOKED_AT);
    for (let r = 0; r < n; r++) {
      const row = rows[r]!;
      if (row.getElementsByTagName('table').length === 0) {
        text += `${row.textContent}\n`;
        continue;
      }
      // A layout table's row can hold the whole article, the report's tables nested in it (they are looked at in
      // their own turn): only its cells without a table are read.
      const cells = row.cells;
      for (let c = 0; c < cells.length && c < 20; c++) {
        const cell = cells[c]!;
        if (cell.getElementsByTagName('table').length === 0) text += `${cell.textContent}\n`;
      }
    }
  }
  return text;
}

// The rows' text is gathered first and searched once: an includes() pass per row cost more than reading the rows
// (the content script's own run on the news page, traced, tenth percentile of 50 paired loads: 0.92 → 0.76 ms; the
// minimal script 0.51).
const tablesLookLikeReport = (doc: Document): boolean => hasTableMark(firstRowsText(doc));

/** Cheap yes/no: should the full pipeline run on this document? */
export function mayBeReport(doc: Document): boolean {
  return titleSaysReport(doc) || tablesLookLikeReport(doc);
}
