// Positioned text of PDF pages → the RawPage the DOM extractor would give (pure: no pdf.js, no DOM).
// A PDF has no table structure, only text drawn at positions. The national format makes it readable: every table
// row that counts carries numbers, so numbers standing alone on a line anchor the rows; the value columns are where
// those numbers stand (their x ranges overlap); the words left of the columns are the row's label; the words above
// the columns with no number beside them are header rows. Parse then reads the grid exactly like an HTML table.
import type { RawCell, RawTable } from '../model/raw';
import { cleanText, labelKey } from '../text/normalize';
import { readCellKey } from '../text/number';
import type { CellLocation } from './types';

/** One text run as pdf.js reports it, in PDF user space (origin bottom-left). `y` is the baseline. */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size in user space. */
  height: number;
}
export interface PdfPageText {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  items: PositionedText[];
}
export interface PdfLayout {
  title: string;
  headlines: string[];
  prose: string;
  tables: RawTable[];
  cells: CellLocation[];
}

interface Chunk {
  page: number;
  text: string;
  x0: number;
  x1: number;
  /** Vertical centre of the glyphs. */
  cy: number;
  height: number;
  isValue: boolean;
}
interface Line {
  page: number;
  chunks: Chunk[];
  cy: number;
  height: number;
  x0: number;
  x1: number;
}
interface Column {
  x0: number;
  x1: number;
}

// Share of the font size: glyphs sit about 0.3 em above the baseline on average (descenders below, ascent above).
const CENTRE_ABOVE_BASELINE = 0.3;
/** Items whose centres differ by less than this share of the smaller font size are on one line. */
const SAME_LINE = 0.5;
/** A gap narrower than this share of the font size is inside a run of text (a space, a font change for digits). */
const SAME_CHUNK_GAP = 0.6;
/** A label line belongs to the nearest numbered row within this many of its own font sizes (three-line labels). */
const LABEL_REACH = 2.5;
/** Lines in a font this much smaller than the body text are table text even without numbers (headers, labels). */
const TABLE_FONT_RATIO = 0.9;
/** Page numbers ("- 3 -", "第 3 页", "3/6") in the top or bottom margin are not content. */
const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d+\s*(页)?\s*(\/\s*\d+|共\s*\d+\s*页)?[-—–\s]*$/;
const PAGE_MARGIN = 0.12;

function isValueText(text: string): boolean {
  return readCellKey(labelKey(text), text).kind !== 'unreadable';
}

function joinRun(left: string, right: string): string {
  // Latin words split across runs keep a space; Chinese text is written without one.
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z]/.test(right) ? `${left} ${right}` : left + right;
}

function linesOf(page: PdfPageText): Line[] {
  const items = page.items
    .filter((item) => item.text.trim() !== '')
    .map((item) => ({ ...item, cy: item.y + CENTRE_ABOVE_BASELINE * item.height }))
    .sort((a, b) => b.cy - a.cy || a.x - b.x);
  const groups: (typeof items)[] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && last.cy - item.cy <= SAME_LINE * Math.min(last.height, item.height)) group.push(item);
    else groups.push([item]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    const chunks: Chunk[] = [];
    for (const item of group) {
      const chunk = chunks.at(-1);
      const height = Math.max(item.height, chunk?.height ?? 0);
      if (chunk && item.x - chunk.x1 < SAME_CHUNK_GAP * height) {
        chunk.text = joinRun(chunk.text, item.text);
        chunk.x1 = Math.max(chunk.x1, item.x + item.width);
        chunk.height = height;
      } else {
        chunks.push({ page: page.page, text: item.text, x0: item.x, x1: item.x + item.width, cy: item.cy, height: item.height, isValue: false });
      }
    }
    for (const chunk of chunks) {
      chunk.text = cleanText(chunk.text);
      chunk.isValue = isValueText(chunk.text);
    }
    const text = chunks.map((chunk) => chunk.text).join('');
    const nearEdge = group[0]!.cy < page.height * PAGE_MARGIN || group[0]!.cy > page.height * (1 - PAGE_MARGIN);
    if (nearEdge && chunks.length === 1 && PAGE_NUMBER.test(text)) continue;
    lines.push({
      page: page.page,
      chunks,
      cy: group.reduce((sum, item) => sum + item.cy, 0) / group.length,
      height: Math.max(...group.map((item) => item.height)),
      x0: chunks[0]!.x0,
      x1: Math.max(...chunks.map((chunk) => chunk.x1)),
    });
  }
  return lines;
}

/** A row of a table: numbers standing apart from the words beside them (a prose "2428 条" is one run). */
const isAnchor = (line: Line) => line.chunks.length >= 2 && line.chunks.some((chunk) => chunk.isValue);

/** The font size most of the text is set in. */
function bodyFontSize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const line of lines) {
    for (const chunk of line.chunks) {
      const size = Math.round(chunk.height * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + chunk.text.length);
    }
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, count] of weight) if (count > bestWeight) [best, bestWeight] = [size, count];
  return best;
}

// Section headings of the national format ("三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项",
// docs/report-format.md "Sections") end a table even where it is set in the body font. Row labels such as
// "四、结转下年度继续办理" never end in 情况/事项.
const SECTION_HEADING = /^[一二三四五六七八九十]+、.{2,30}(情况|事项)$/;
/** A few plain lines between two table lines are table text (multi-line labels, captions such as 第二十条第（五）项). */
const MAX_SANDWICHED_LINES = 4;
const SANDWICH_GAP = 2.5;

type LineKind = 'heading' | 'table' | 'plain';

function kindOf(line: Line, bodySize: number): LineKind {
  const text = line.chunks.map((chunk) => chunk.text).join('');
  if (line.chunks.length === 1 && SECTION_HEADING.test(labelKey(text))) return 'heading';
  // A table row splits into runs at its cell borders; Word and WPS templates set tables smaller than the body.
  if (line.chunks.length >= 2 || line.height < bodySize * TABLE_FONT_RATIO) return 'table';
  return 'plain';
}

/**
 * Runs of table lines; a run with a numbered row is a table, the rest is prose. A plain line (one run of text in
 * the body font) is table text when a few of them stand close between two table lines of the same page.
 */
function tableRegions(lines: Line[], bodySize: number): { regions: Line[][]; prose: Line[] } {
  const kinds = lines.map((line) => kindOf(line, bodySize));
  for (let start = 0; start < lines.length; start++) {
    if (kinds[start] !== 'plain') continue;
    let end = start;
    while (end + 1 < lines.length && kinds[end + 1] === 'plain') end++;
    const above = lines[start - 1];
    const below = lines[end + 1];
    // Across a page break (a row Word split over two pages) the distance says nothing; adjacency does.
    const close =
      above && below && (above.page !== below.page || above.cy - below.cy <= (end - start + 2) * SANDWICH_GAP * Math.max(above.height, below.height));
    const sandwiched = close && kinds[start - 1] === 'table' && kinds[end + 1] === 'table' && end - start + 1 <= MAX_SANDWICHED_LINES;
    if (sandwiched) for (let index = start; index <= end; index++) kinds[index] = 'table';
    start = end;
  }
  const regions: Line[][] = [];
  const prose: Line[] = [];
  let run: Line[] = [];
  // Table lines without a numbered row at the foot of a page: the header of a table that starts on the next page.
  let pendingHeader: Line[] = [];
  const close = (next: Line | undefined) => {
    if (run.some(isAnchor)) {
      const continues = pendingHeader.length > 0 && pendingHeader[0]!.page === run[0]!.page - 1 && prose.at(-1)?.page !== run[0]!.page;
      if (continues) run.unshift(...pendingHeader);
      else prose.push(...pendingHeader);
      pendingHeader = [];
      regions.push(run);
    } else if (run.length > 0 && next && next.page !== run[0]!.page) {
      prose.push(...pendingHeader);
      pendingHeader = run;
    } else prose.push(...run);
    run = [];
  };
  lines.forEach((line, index) => {
    if (run.length > 0 && run[0]!.page !== line.page) close(line);
    if (kinds[index] === 'table') run.push(line);
    else {
      close(line);
      prose.push(...pendingHeader.splice(0));
      prose.push(line);
    }
  });
  close(undefined);
  prose.push(...pendingHeader);
  return { regions, prose };
}

/** Value columns: the x ranges of the numbers in the rows, merged where they overlap. */
function columnsOf(anchors: Line[]): Column[] {
  const spans = anchors
    .flatMap((line) => line.chunks.filter((chunk) => chunk.isValue))
    .map((chunk) => ({ x0: chunk.x0, x1: chunk.x1 }))
    .sort((a, b) => a.x0 - b.x0);
  const columns: Column[] = [];
  for (const span of spans) {
    const last = columns.at(-1);
    if (last && span.x0 <= last.x1) last.x1 = Math.max(last.x1, span.x1);
    else columns.push({ ...span });
  }
  return columns;
}

function columnOf(chunk: Chunk, columns: Column[]): number {
  const centre = (chunk.x0 + chunk.x1) / 2;
  let best = -1;
  let bestDistance = Infinity;
  columns.forEach((column, index) => {
    const overlaps = chunk.x0 <= column.x1 && chunk.x1 >= column.x0;
    const distance = Math.abs(centre - (column.x0 + column.x1) / 2);
    if (overlaps && distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}

/** Label text in reading order: columns of text (x ranges that overlap) left to right, each top to bottom. */
function readingOrder(chunks: Chunk[]): string {
  const blocks: Chunk[][] = [];
  for (const chunk of [...chunks].sort((a, b) => a.x0 - b.x0)) {
    const block = blocks.find((candidate) => candidate.some((other) => chunk.x0 < other.x1 && chunk.x1 > other.x0));
    if (block) block.push(chunk);
    else blocks.push([chunk]);
  }
  return blocks.map((block) => block.sort((a, b) => b.cy - a.cy || a.x0 - b.x0).map((chunk) => chunk.text).join('')).join('');
}

interface RowDraft {
  cy: number;
  /** Chunks of the label column (col 0). */
  label: Chunk[];
  /** One slot per value column. */
  slots: (Chunk[] | null)[];
  /** Row box height and page for blank cells. */
  height: number;
  page: number;
  anchor: boolean;
}

function boxOf(chunks: Chunk[]): CellLocation & { kind: 'pdf' } {
  const x0 = Math.min(...chunks.map((chunk) => chunk.x0));
  const x1 = Math.max(...chunks.map((chunk) => chunk.x1));
  const top = Math.max(...chunks.map((chunk) => chunk.cy + chunk.height / 2));
  const bottom = Math.min(...chunks.map((chunk) => chunk.cy - chunk.height / 2));
  return { kind: 'pdf', page: chunks[0]!.page, box: { x: x0, y: bottom, width: x1 - x0, height: top - bottom } };
}

class TableBuilder {
  readonly tables: RawTable[] = [];
  readonly cells: CellLocation[] = [];

  private cell(text: string, row: number, col: number, location: CellLocation): RawCell {
    const cell: RawCell = { id: this.cells.length, text, key: labelKey(text), row, col };
    this.cells.push(location);
    return cell;
  }

  /** Header rows the previous table on the page before had: a table continued on the next page repeats them. */
  private previousHeaders = new Set<string>();

  build(region: Line[]): void {
    const anchors = region.filter(isAnchor);
    const columns = columnsOf(anchors);
    const labelEnd = columns[0]!.x0;
    const rows: RowDraft[] = anchors.map((line) => ({
      cy: line.cy,
      label: [],
      slots: columns.map(() => null),
      height: line.height,
      page: line.page,
      anchor: true,
    }));
    const anchorRow = new Map(anchors.map((line, index) => [line, rows[index]!]));
    const headerRows: RowDraft[] = [];

    for (const line of region) {
      const own = anchorRow.get(line);
      // A line with words above the columns is a header row as a whole (信息内容 | 本年制发件数 | …).
      const headerLine = !own && line.chunks.some((chunk) => chunk.x1 > labelEnd);
      let header: RowDraft | null = null;
      for (const chunk of line.chunks) {
        const col = columnOf(chunk, columns);
        if (own) {
          if (col >= 0) (own.slots[col] ??= []).push(chunk);
          else own.label.push(chunk);
          continue;
        }
        // A word left of the columns continues the label of the nearest numbered row (multi-line labels and
        // the group label of a block of rows, which Word centres vertically across them).
        if (!headerLine) {
          const nearest = nearestRow(rows, chunk.cy);
          if (nearest && Math.abs(nearest.cy - chunk.cy) <= LABEL_REACH * chunk.height) {
            nearest.label.push(chunk);
            continue;
          }
        }
        header ??= { cy: line.cy, label: [], slots: columns.map(() => null), height: line.height, page: line.page, anchor: false };
        if (col >= 0) (header.slots[col] ??= []).push(chunk);
        else header.label.push(chunk);
      }
      if (header) headerRows.push(header);
    }

    const ordered = [...rows, ...headerRows].sort((a, b) => a.page - b.page || b.cy - a.cy);
    // Header rows repeated at the top of a continued table are left out, as a reader skips them.
    const headerText = (row: RowDraft) => labelKey([...row.label, ...row.slots.flatMap((slot) => slot ?? [])].map((chunk) => chunk.text).join(''));
    let leading = 0;
    while (leading < ordered.length && !ordered[leading]!.anchor && this.previousHeaders.has(headerText(ordered[leading]!))) leading++;
    const kept = ordered.slice(leading);
    this.previousHeaders = new Set(kept.filter((row) => !row.anchor).map(headerText));

    const table: RawTable = { rows: [], width: columns.length + 1 };
    kept.forEach((draft, rowIndex) => {
      const line: (RawCell | null)[] = [];
      line.push(draft.label.length > 0 ? this.cell(readingOrder(draft.label), rowIndex, 0, boxOf(draft.label)) : null);
      const filled = draft.slots.map((slot) => slot !== null);
      const first = filled.indexOf(true);
      const last = filled.lastIndexOf(true);
      const count = filled.filter(Boolean).length;
      draft.slots.forEach((slot, index) => {
        if (slot) {
          line.push(this.cell(readingOrder(slot), rowIndex, index + 1, boxOf(slot)));
          return;
        }
        // An empty slot of a numbered row is a blank cell, as an empty <td> is. A lone number is not padded: it
        // may be one cell across the columns (table 二's 2021 rows （五）/（六）/（八）, docs/report-format.md).
        const inside = index > first && index < last;
        if (draft.anchor && (inside || count >= 2)) {
          const column = columns[index]!;
          const location: CellLocation = {
            kind: 'pdf',
            page: draft.page,
            box: { x: column.x0, y: draft.cy - draft.height / 2, width: column.x1 - column.x0, height: draft.height },
          };
          line.push(this.cell('', rowIndex, index + 1, location));
        } else line.push(null);
      });
      table.rows.push(line);
    });
    this.tables.push(table);
  }
}

function nearestRow(rows: RowDraft[], cy: number): RowDraft | null {
  let best: RowDraft | null = null;
  for (const row of rows) if (!best || Math.abs(row.cy - cy) < Math.abs(best.cy - cy)) best = row;
  return best;
}

/** Prose lines joined as paragraphs: a line that stops short of the right edge, or one indented, breaks. */
function proseText(lines: Line[]): string {
  if (lines.length === 0) return '';
  const left = Math.min(...lines.map((line) => line.x0));
  const right = Math.max(...lines.map((line) => line.x1));
  let out = '';
  lines.forEach((line, index) => {
    const text = line.chunks.map((chunk) => chunk.text).join(' ');
    const previous = lines[index - 1];
    if (previous) {
      const ended = previous.x1 < right - 1.5 * previous.height;
      const indented = line.x0 > left + line.height;
      out += ended || indented ? '\n' : '';
    }
    out += text;
  });
  return out;
}

/** The title: the lines set in the largest font at the top of the first page. */
function titleOf(lines: Line[]): string {
  const first = lines.filter((line) => line.page === lines[0]?.page);
  if (first.length === 0) return '';
  const largest = Math.max(...first.map((line) => line.height));
  const start = first.findIndex((line) => line.height === largest);
  const title: string[] = [];
  for (const line of first.slice(start)) {
    if (line.height !== largest) break;
    title.push(line.chunks.map((chunk) => chunk.text).join(''));
  }
  return cleanText(title.join(''));
}

export function layoutPdf(pages: PdfPageText[]): PdfLayout {
  const lines = pages.flatMap(linesOf);
  const { regions, prose } = tableRegions(lines, bodyFontSize(lines));
  const builder = new TableBuilder();
  for (const region of regions) builder.build(region);
  const order = new Map(lines.map((line, index) => [line, index]));
  prose.sort((a, b) => order.get(a)! - order.get(b)!);
  const title = titleOf(prose);
  return { title, headlines: title ? [title] : [], prose: proseText(prose), tables: builder.tables, cells: builder.cells };
}
