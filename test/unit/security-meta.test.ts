// Issue 17 items 9 and 10 at the page's edge: page text never becomes a RegExp, agency and title lengths are capped,
// and a web page's attachment links never point at local files.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractPage } from '@/src/extract/extract';
import { fullerAgency, parseTitle } from '@/src/parse/meta';

describe('a page with a 200,000-character agency name', () => {
  const huge = '某'.repeat(200_000);

  it('extending the agency from the prose does not throw (a RegExp of it was too large)', () => {
    expect(fullerAgency(huge, 2023, `${huge}人民政府2023年政府信息公开工作年度报告`)).toBe(`${huge}人民政府`);
    expect(fullerAgency('某', 2023, huge)).toBe('某');
  });

  it('regular-expression characters in a name are plain text', () => {
    expect(fullerAgency('某(县).*', 2023, '某(县).*人民政府2023年政府信息公开工作年度报告')).toBe('某(县).*人民政府');
    expect(fullerAgency('某(县).*', 2023, '某县某人民政府2023年政府信息公开工作年度报告')).toBe('某(县).*');
  });

  it('the title yields no agency longer than any real one', () => {
    expect(parseTitle(`${'某'.repeat(61)}2023年政府信息公开工作年度报告`)).toEqual({ agency: null, year: 2023 });
    expect(parseTitle(`${'某'.repeat(60)}2023年政府信息公开工作年度报告`)).toEqual({ agency: '某'.repeat(60), year: 2023 });
    // Only the first 300 characters of a title are read.
    expect(parseTitle(`${huge}2023年政府信息公开工作年度报告`)).toBeNull();
  });
});

describe('attachment links (item 10)', () => {
  const links = '<a href="file:///C:/Users/me/secret.pdf">附件1</a><a href="https://www.a.gov.cn/f/2023.pdf">附件2</a>';
  const attachments = (url: string) => extractPage(new JSDOM(`<title>t</title><body>${links}</body>`, { url }).window.document, url).page.attachments.map((a) => a.url);

  it('a web page\'s file: links are dropped', () =>
    expect(attachments('https://www.a.gov.cn/r.html')).toEqual(['https://www.a.gov.cn/f/2023.pdf']));
  it('a saved page keeps its file: links', () =>
    expect(attachments('file:///C:/saved/r.html')).toEqual(['file:///C:/Users/me/secret.pdf', 'https://www.a.gov.cn/f/2023.pdf']));
});
