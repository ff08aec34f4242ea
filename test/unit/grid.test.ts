// The grid must match Chromium's table layout (docs/toolchain.md, "DOMs differ": jsdom = Chromium for these properties).
import { describe, expect, it } from 'vitest';
import { buildGrid } from '@/src/dom/grid';

function grid(html: string) {
  const doc = new DOMParser().parseFromString(`<table>${html}</table>`, 'text/html');
  const result = buildGrid(doc.querySelector('table')!);
  return result && result.slots.map((line) => line.map((slot) => (slot ? slot.el.textContent : '·')).join(''));
}

describe('buildGrid', () => {
  it('expands the table-三 corner: colspan 3 × rowspan 3 beside a 7-wide header', () => {
    expect(
      grid(`<tr><td colspan=3 rowspan=3>A</td><td colspan=7>H</td></tr>
            <tr><td rowspan=2>n</td><td colspan=5>o</td><td rowspan=2>t</td></tr>
            <tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr>`),
    ).toEqual(['AAAHHHHHHH', 'AAAnooooot', 'AAAn12345t']);
  });

  it('leaves a hole (not a shift) where a row has a cell too few', () => {
    expect(grid('<tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr>')).toEqual(['abc', 'de·']);
  });

  it('reads rowspan=0 as "to the end of the row group", and never crosses into the next group', () => {
    expect(grid('<tbody><tr><td rowspan=0>x</td><td>1</td></tr><tr><td>2</td></tr></tbody><tbody><tr><td>y</td><td>3</td></tr></tbody>')).toEqual([
      'x1',
      'x2',
      'y3',
    ]);
  });

  it('clamps a huge rowspan to its group, as Chromium does', () => {
    expect(grid('<tr><td rowspan=65534>x</td><td>1</td></tr><tr><td>2</td></tr>')).toEqual(['x1', 'x2']);
  });

  it('truncates a fractional span (rowspan="2.7" is 2)', () => {
    expect(grid('<tr><td rowspan="2.7">x</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td><td>4</td></tr>')).toEqual(['x1', 'x2', '34']);
  });

  it('puts the first thead on top and the first tfoot at the bottom, whatever the source order', () => {
    expect(grid('<tfoot><tr><td>F</td></tr></tfoot><tbody><tr><td>B</td></tr></tbody><thead><tr><td>H</td></tr></thead>')).toEqual(['H', 'B', 'F']);
  });

  it('refuses a grid beyond the slot budget instead of allocating it', () => {
    const doc = new DOMParser().parseFromString('<table><tr><td colspan=1000>x</td></tr></table>', 'text/html');
    expect(buildGrid(doc.querySelector('table')!, 999)).toBeNull();
  });
});
