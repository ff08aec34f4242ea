import { describe, expect, it } from 'vitest';
import { skipTables, visibleText } from '@/src/dom/text';
import { cleanText, labelKey, labelKeyOfClean } from '@/src/text/normalize';

const cell = (html: string) => {
  const doc = new DOMParser().parseFromString(`<table><tr><td>${html}</td></tr></table>`, 'text/html');
  return cleanText(visibleText(doc.querySelector('td')!, { skip: skipTables }));
};

describe('visibleText', () => {
  it('joins Word-pasted runs and drops <o:p>', () => {
    expect(cell("<p class=MsoNormal><span>三</span><span>、本</span><span>年</span><span>度办理结果</span><o:p></o:p></p>")).toBe('三、本年度办理结果');
  });
  it('breaks lines at <br> and between <p>s, like a reader sees them', () => {
    expect(cell('商业<br>企业')).toBe('商业 企业');
    expect(cell('<p>结果</p><p>维持</p>')).toBe('结果 维持');
  });
  it('leaves out hidden text, scripts, nested tables and our own markers', () => {
    expect(cell('3<span style="display:none">9</span><span hidden>8</span><span style="mso-hide:all">7</span>')).toBe('3');
    expect(cell('4<script>var x = 1</script><style>td{}</style>')).toBe('4');
    expect(cell('5<table><tr><td>nested</td></tr></table>')).toBe('5');
    expect(cell('6<nbc-marker>✗</nbc-marker>')).toBe('6');
  });
  it('walks a tree far deeper than the call stack without recursing', () => {
    // jsdom itself recurses (and slows quadratically) on deep trees, so the walker gets the few node
    // properties it reads from a plain chain of objects, 200,000 levels deep.
    const text = { nodeType: 3, data: 'deep', previousSibling: null };
    let node: object = text;
    for (let i = 0; i < 200_000; i++) {
      node = { nodeType: 1, tagName: 'SPAN', lastChild: node, previousSibling: null, hasAttribute: () => false, getAttribute: () => null };
    }
    expect(cleanText(visibleText(node as Element))).toBe('deep');
  });
});

describe('normalisation', () => {
  it('folds full-width forms and every kind of space (NFKC)', () => {
    expect(cleanText('\u3000（一）\u00a0予以公开\u2002')).toBe('(一) 予以公开');
    expect(labelKey('三 、本 年 度办 理 结果')).toBe('三、本年度办理结果');
    expect(labelKey('１２３')).toBe('123');
  });

  it('gives a cleaned cell the same key as its raw text', () => {
    // Word-pasted cells: ideographic and no-break spaces, zero-width joiners, full-width digits, a space before a
    // combining mark, line breaks inside a label.
    const raw = ['\u3000（七）总\u00a0计\u200b', '１２３', ' 三 、本 年 度\n办 理 结果 ', 'a\u3000\u0301', '\ufeff\t0\r\n', ''];
    expect(raw.map((text) => labelKeyOfClean(cleanText(text)))).toEqual(['(七)总计', '123', '三、本年度办理结果', 'a\u0301', '0', '']);
    expect(raw.map((text) => labelKeyOfClean(cleanText(text)))).toEqual(raw.map(labelKey));
  });
});

describe('attachment links', () => {
  it('lists report files and never a script URL dressed as one', async () => {
    const { extractPage } = await import('@/src/extract/extract');
    const doc = new DOMParser().parseFromString(
      '<title>某县2023年政府信息公开工作年度报告</title><a href="https://x.gov.cn/a.pdf">年报.pdf</a><a href="javascript:alert(1)//x.pdf">假附件</a><a href="/b.docx?id=1">Word 版</a><a href="/news.html">新闻</a>',
      'text/html',
    );
    expect(extractPage(doc, 'https://x.gov.cn/').page.attachments.map((a) => a.text)).toEqual(['年报.pdf', 'Word 版']);
  });
});
