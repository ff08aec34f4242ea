// A <table> expanded into its slot grid the way Chromium lays it out (HTML "forming a table" algorithm):
// the first <thead> on top, the first <tfoot> at the bottom, a rowspan never leaves its row group,
// rowspan=0 means "to the end of the row group". The DOM's rowSpan/colSpan already clamp like Chromium
// (65534 / 1000, fractions truncated) in Chromium and jsdom alike (docs/toolchain.md, "DOMs differ").

export interface GridSlot {
  el: HTMLTableCellElement;
  /** Row and column of the cell's top-left slot: the same object fills every slot a span covers. */
  row: number;
  col: number;
}
export interface Grid {
  slots: (GridSlot | null)[][];
  width: number;
}

/** Element children with one of `tags`, by walking siblings: live collections (rows, cells) are re-walked per index
 * in jsdom, which made a 10,000-row table quadratic. */
function childrenTagged<T extends Element>(parent: Element, tags: readonly string[]): T[] {
  const out: T[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (tags.includes(child.tagName.toUpperCase())) out.push(child as T);
  }
  return out;
}

function rowGroups(table: HTMLTableElement): HTMLTableRowElement[][] {
  const head: HTMLTableRowElement[][] = [];
  const body: HTMLTableRowElement[][] = [];
  const foot: HTMLTableRowElement[][] = [];
  let looseRows: HTMLTableRowElement[] | null = null;
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName.toUpperCase();
    if (tag === 'TR') {
      if (!looseRows) body.push((looseRows = []));
      looseRows.push(child as HTMLTableRowElement);
      continue;
    }
    looseRows = null;
    const rows = childrenTagged<HTMLTableRowElement>(child, ['TR']);
    if (tag === 'THEAD' && head.length === 0) head.push(rows);
    else if (tag === 'TFOOT' && foot.length === 0) foot.push(rows);
    else if (tag === 'THEAD' || tag === 'TFOOT' || tag === 'TBODY') body.push(rows);
  }
  return [...head, ...body, ...foot];
}

/** Expand `table`; null when the grid would exceed `maxSlots` (a hostile or absurd table is not read). */
export function buildGrid(table: HTMLTableElement, maxSlots = 250_000): Grid | null {
  const slots: (GridSlot | null)[][] = [];
  let width = 0;
  let filled = 0;
  for (const group of rowGroups(table)) {
    const groupStart = slots.length;
    const groupEnd = groupStart + group.length;
    for (let y = groupStart; y < groupEnd; y++) slots[y] ??= [];
    for (let y = groupStart; y < groupEnd; y++) {
      const tr = group[y - groupStart]!;
      let x = 0;
      for (const cell of childrenTagged<HTMLTableCellElement>(tr, ['TD', 'TH'])) {
        const line = slots[y]!;
        while (line[x]) x++;
        const rowSpan = cell.rowSpan === 0 ? groupEnd - y : Math.min(Math.max(cell.rowSpan, 1), groupEnd - y);
        const colSpan = Math.max(cell.colSpan, 1);
        filled += rowSpan * colSpan;
        if (filled > maxSlots) return null;
        const slot: GridSlot = { el: cell, row: y, col: x };
        for (let dy = 0; dy < rowSpan; dy++) {
          const covered = slots[y + dy]!;
          for (let dx = 0; dx < colSpan; dx++) covered[x + dx] ??= slot;
        }
        x += colSpan;
        width = Math.max(width, x);
      }
    }
  }
  // Fill holes (rows with a cell too few, seed 002) with null so every row has `width` entries.
  for (const line of slots) for (let x = 0; x < width; x++) line[x] ??= null;
  return { slots, width };
}
