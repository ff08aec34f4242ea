// What extraction hands to parsing: plain data, no DOM. `id` indexes the page's cell elements, which the
// content script keeps beside the result (for badges and jump-to-cell) and which never enter the JSON.
import type { DocumentSource } from './schema';

export interface RawCell {
  id: number;
  text: string;
  /** labelKey(text), computed once at extraction: what labels and numbers are read from. */
  key: string;
  /** Top-left slot of the cell; a span repeats the same RawCell in every slot it covers. */
  row: number;
  col: number;
}
export interface RawTable {
  rows: (RawCell | null)[][];
  width: number;
}
export interface Attachment {
  url: string;
  text: string;
}
export interface RawPage {
  url: string;
  title: string;
  /** <meta name="ArticleTitle"> / og:title and the first h1–h3: what the page says it is. */
  headlines: string[];
  /** Visible text of the article around the tables (tables left out). */
  prose: string;
  tables: RawTable[];
  attachments: Attachment[];
  /** Images inside the article: a report whose tables are pictures has these and no tables. */
  images: number;
  /** What was read: the page, or the file an adapter read (copied into the JSON as page.source). */
  source?: DocumentSource;
}
