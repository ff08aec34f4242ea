// The parsed report: the contract's numbers plus, for each, where it came from. Plain data (no DOM).
import type {
  ApplicantColumn,
  ApplicationRow,
  DisclosureItem,
  ReviewBlock,
  ReviewColumn,
  TableKey,
  Template,
} from './keys';
import type { Attachment } from './raw';
import type { DocumentSource } from './schema';

export type ValueStatus = 'number' | 'blank' | 'unreadable' | 'missing';
export interface ParsedValue {
  value: number | null;
  status: ValueStatus;
  /** RawCell id of the cell it was read from; null when the row had no cell there. */
  cell: number | null;
  /** The cell text when it is not a plain number (a note such as "（其中修订16件）", or unreadable text). */
  text?: string;
}
export interface ParsedRow<K extends string> {
  values: Record<K, ParsedValue>;
  /** The label cell of the row (where a badge about a missing cell goes). */
  labelCell: number | null;
}

export interface ActiveDisclosure {
  template: '2021' | '2019';
  items: Partial<Record<DisclosureItem, ParsedRow<string>>>;
}
export interface Applications {
  /** '2019' when （六）其他处理 is a single row. */
  layout: '2021' | '2019';
  rows: Partial<Record<ApplicationRow, ParsedRow<ApplicantColumn>>>;
}
export type ReviewLitigation = Record<ReviewBlock, ParsedRow<ReviewColumn>>;

export type PageStatus = 'tables' | 'no-html-tables' | 'nonstandard-tables';

/** A cell named in a finding; `row` is a row key, block key or disclosure item, `col` a column or field key. */
export interface CellRef {
  table: TableKey | 'narrative';
  row: string;
  col: string;
}

export interface ParsedReport {
  source: { url: string; title: string };
  report: { agency: string | null; year: number | null; template: Template };
  /** Year named by the title (may differ from the statistics period: a finding, not a parse error). */
  titleYear: number | null;
  /** Year of the "统计时限 YYYY年1月1日至…" sentence, when there is one. */
  periodYear: number | null;
  status: PageStatus;
  attachments: Attachment[];
  document?: DocumentSource;
  /** Wide images in the page: tables published as pictures. */
  images: number;
  activeDisclosure: ActiveDisclosure | null;
  applications: Applications | null;
  reviewLitigation: ReviewLitigation | null;
  prose: string;
  /** labelKey(prose), computed once: what the prose rules match on (NFKC, no whitespace). */
  proseKey: string;
}
