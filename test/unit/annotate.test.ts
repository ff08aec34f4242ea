// The overlay on a real-shaped page: the right cells, the markers' words, keyboard, and a teardown that leaves
// the page's HTML exactly as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { annotate, type Annotation } from '@/src/annotate/annotate';
import { marksFor } from '@/src/annotate/marks';
import { extractPage } from '@/src/extract/extract';
import { analyse } from '@/src/pipeline';
import { fixtureDocument, fixtureUrl } from './fixtures';
import { keepShadowRoots, overlayElements } from './overlay-elements';

let annotation: Annotation | undefined;
afterEach(() => annotation?.teardown());

function annotated(name: string) {
  const doc = fixtureDocument(name);
  const shadowOf = keepShadowRoots(doc);
  const before = doc.documentElement.outerHTML;
  const { page, cells } = extractPage(doc, fixtureUrl(name));
  const analysis = analyse(page)!;
  annotation = annotate(doc, marksFor(analysis, cells, 'zh-CN'));
  return { doc, before, analysis, shadowOf };
}

/** The 自然人 … 总计 cells of the table-三 row whose label contains `label`. */
function rowCells(doc: Document, label: string): HTMLTableCellElement[] {
  const row = [...doc.querySelectorAll('tr')].find((tr) => tr.textContent!.replace(/\s/g, '').includes(label))!;
  return [...row.cells].slice(-7);
}

describe('annotate seed 004 (（七）总计 left at 0)', () => {
  it('marks the cells of failing identities and nothing else', () => {
    const { doc } = annotated('seed-004-weibin-2024');
    const total = rowCells(doc, '（七）总计');
    // 自然人, 商业企业 and 总计 are wrong (expected 3, 1, 4); 科研机构 … 其他 are 0 = 0.
    expect(total.map((td) => td.getAttribute('data-nbc-outcome'))).toEqual(['fail', 'fail', null, null, null, null, 'fail']);
    // The operands of the failing sums are marked too: （一）予以公开 自然人 2 is part of the 自然人 column's sum.
    expect(rowCells(doc, '（一）予以公开')[0]!.getAttribute('data-nbc-outcome')).toBe('fail');
    // The 自然人 cell of row 一 carries the prose warning (4 in the text, 3 in the table) and the failing balance.
    expect(rowCells(doc, '一、本年新收')[0]!.getAttribute('data-nbc-outcome')).toBe('fail');
  });

  it('puts one marker button, labelled with the message, where the wrong value sits', () => {
    const { doc, shadowOf } = annotated('seed-004-weibin-2024');
    const cell = rowCells(doc, '（七）总计')[0]!;
    const button = shadowOf(overlayElements(cell, 'marker')[0]!).querySelector('button')!;
    // Two findings sit on this cell: the handled-total (zero total) and the balance.
    expect(button.textContent).toBe('✗2');
    expect(button.getAttribute('aria-label')).toBe(
      '年报体检：此格有 2 个问题。（七）总计（自然人）填为 0，但其组成项之和为 3（= （一）予以公开 2 + （四）1.本机关不掌握相关政府信息 1），相差 3',
    );
  });

  it('opens the explanation in one shared popover, closes it with Esc, highlights operands on focus', () => {
    const { doc, shadowOf } = annotated('seed-004-weibin-2024');
    const cell = rowCells(doc, '（七）总计')[6]!;
    const button = shadowOf(overlayElements(cell, 'marker')[0]!).querySelector('button')!;
    button.dispatchEvent(new FocusEvent('focus'));
    expect(rowCells(doc, '（四）无法提供')[6]!.hasAttribute('data-nbc-related')).toBe(true);
    // Made at the first click, not before.
    expect(overlayElements(doc, 'popover').length).toBe(0);
    button.click();
    const [popover] = overlayElements(doc, 'popover') as [HTMLElement];
    expect(popover.hidden).toBe(false);
    const messages = [...shadowOf(popover).querySelectorAll('.message')].map((m) => m.textContent);
    expect(messages).toEqual([
      '（七）总计（总计）填为 0，但其组成项之和为 4（= （一）予以公开 3 + （四）1.本机关不掌握相关政府信息 1），相差 4',
      '（七）总计 + 四、结转下年度继续办理（总计）应为 4（= 一、本年新收 4），实为 0（= （七）总计 0 + 四、结转下年度继续办理 0），相差 4',
    ]);
    doc.defaultView!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(popover.hidden).toBe(true);
    // Another marker opens the same popover.
    shadowOf(overlayElements(rowCells(doc, '（七）总计')[0]!, 'marker')[0]!).querySelector('button')!.click();
    expect(overlayElements(doc, 'popover')).toEqual([popover]);
    expect(popover.hidden).toBe(false);
    annotation!.teardown();
    annotation = undefined;
    expect(overlayElements(doc, 'popover').length).toBe(0);
  });

  it('focus(index) brings the cell of a finding forward and focuses its marker', () => {
    const { doc, analysis } = annotated('seed-004-weibin-2024');
    const index = analysis.result.findings.findIndex((f) => f.rule === 'applications.handled-total' && f.scope === 'commercial');
    expect(annotation!.focus(index)).toBe(true);
    const cell = rowCells(doc, '（七）总计')[1]!;
    expect(cell.hasAttribute('data-nbc-flash')).toBe(true);
    expect(doc.activeElement).toBe(overlayElements(cell, 'marker')[0]);
  });

  it('teardown leaves the page HTML exactly as it was', () => {
    const { doc, before } = annotated('seed-004-weibin-2024');
    expect(doc.documentElement.outerHTML).not.toBe(before);
    annotation!.teardown();
    annotation = undefined;
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps the in-page panel closed by default, with the counts', () => {
    const { doc, shadowOf } = annotated('seed-004-weibin-2024');
    const panel = shadowOf(overlayElements(doc, 'panel')[0]!);
    expect(panel.querySelector<HTMLElement>('.body')!.hidden).toBe(true);
    // ?1: report.improvements asks for a look at section 五.
    expect(panel.querySelector('.pill')!.textContent).toBe('年报体检✗6⚠1?1');
  });
});

describe('annotate a report that passes', () => {
  it('marks no cell and shows no marker', () => {
    const { doc } = annotated('huaian-city-2024');
    expect(doc.querySelectorAll('[data-nbc-outcome]').length).toBe(0);
    expect(overlayElements(doc, 'marker').length).toBe(0);
  });
});
