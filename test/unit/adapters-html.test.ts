// Saved pages: bytes → text by BOM, declared charset or detection; MHTML parts; bad files refused with a reason.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '@/src/adapters/charset';
import { adaptHtml, savedFromUrl } from '@/src/adapters/html';
import { adaptMhtml, decodeQuotedPrintable, mhtmlPage } from '@/src/adapters/mhtml';
import { AdapterError } from '@/src/adapters/types';
import { fixtureHtml } from './fixtures';

const batch = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../fixtures/batch', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const parse = (html: string) => parseHTML(html).document as unknown as Document;
// 中文 in GBK: 中 = D6 D0, 文 = CE C4.
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4];

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AdapterError ? error.code : 'not an AdapterError';
  }
}

describe('decodeHtml', () => {
  it('follows a byte-order mark before anything else', () => {
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="gbk">中文')]))).toMatchObject({ text: '<meta charset="gbk">中文', by: 'bom' });
    expect(decodeHtml(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]))).toMatchObject({ text: '中文', encoding: 'utf-16le' });
  });

  it('reads the declared charset: <meta charset> and http-equiv Content-Type; GB2312/GBK decode as GB18030', () => {
    expect(declaredCharset(utf8('<html><head><meta charset=GB2312>'))).toBe('GB2312');
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />'))).toBe('gbk');
    const page = new Uint8Array([...utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>'), ...GBK_ZHONGWEN]);
    expect(decodeHtml(page)).toEqual({ text: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>中文', encoding: 'gb18030', by: 'declared' });
  });

  it('detects UTF-8, else GB18030, when nothing is declared', () => {
    expect(decodeHtml(utf8('<p>中文</p>'))).toMatchObject({ text: '<p>中文</p>', encoding: 'utf-8', by: 'detected' });
    expect(decodeHtml(new Uint8Array([...utf8('<p>'), ...GBK_ZHONGWEN]))).toMatchObject({ text: '<p>中文', encoding: 'gb18030', by: 'detected' });
  });

  it('refuses a binary file, a page that is not what it declares, and a page mixing UTF-8 and GBK', () => {
    expect(codeOf(() => decodeHtml(batch('not-a-page.html')))).toBe('unsupported-type');
    expect(codeOf(() => decodeHtml(new Uint8Array([...utf8('<meta charset="utf-8"><p>'), ...GBK_ZHONGWEN])))).toBe('corrupt');
    expect(codeOf(() => decodeHtml(batch('mixed-encoding.html')))).toBe('corrupt');
    expect(() => decodeHtml(batch('mixed-encoding.html'))).toThrow(/mixes two character encodings/);
  });

  it('the GBK fixtures are the fixture pages, byte for byte once decoded', () => {
    expect(decodeHtml(batch('gbk/yining-2023.html')).text).toBe(fixtureHtml('seed-001-yining-2023').replace('<meta charset="utf-8">', '<meta charset="gbk">'));
    expect(decodeHtml(batch('gbk/template-2019-undeclared.htm'))).toEqual({ text: fixtureHtml('template-2019').replace('<meta charset="utf-8">', ''), encoding: 'gb18030', by: 'detected' });
  });
});

describe('adaptHtml', () => {
  it('takes the page address from the "saved from url" mark, so relative attachment links resolve', () => {
    const html = '<!-- saved from url=(0038)https://www.example.gov.cn/xxgk/a.html -->\n<html><body><a href="../files/r.pdf">附件</a></body></html>';
    expect(savedFromUrl(html)).toBe('https://www.example.gov.cn/xxgk/a.html');
    const adapted = adaptHtml({ name: 'a.html', bytes: utf8(html) }, parse);
    expect(adapted.source).toEqual({ kind: 'html', name: 'a.html', url: 'https://www.example.gov.cn/xxgk/a.html' });
    expect(adapted.page.attachments).toEqual([{ url: 'https://www.example.gov.cn/files/r.pdf', text: '附件' }]);
  });

  it('points each raw cell at its element', () => {
    const adapted = adaptHtml({ name: 'p.html', bytes: utf8(fixtureHtml('seed-001-yining-2023')) }, parse);
    expect(adapted.cells).toHaveLength(adapted.page.tables.flatMap((t) => t.rows.flat()).filter((c, i, all) => c && all.indexOf(c) === i).length);
    expect(adapted.cells.every((cell) => cell.kind === 'element' && cell.element.tagName === 'TD')).toBe(true);
  });
});

describe('MHTML', () => {
  const message = (part: string) =>
    utf8(['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="b1"', '', '--b1', part, '--b1--', ''].join('\r\n'));

  it('decodes quoted-printable: soft line breaks and =XX bytes', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('=E4=B8=AD=\r\n=E6=96=87 a=3Db'))).toBe('中文 a=b');
  });

  it('reads a base64 text/html part in its declared charset', () => {
    const gbk = btoa(String.fromCharCode(...utf8('<title>'), ...GBK_ZHONGWEN));
    const page = mhtmlPage(message(`Content-Type: text/html; charset="gbk"\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://a.gov.cn/r.html\r\n\r\n${gbk}`));
    expect(page).toEqual({ html: '<title>中文', url: 'https://a.gov.cn/r.html' });
  });

  it('the fixture single-file page (Chrome layout, quoted-printable) reads as the page it was made from', () => {
    // MIME text has CRLF line ends (RFC 2045): the page's newlines come back as \r\n.
    expect(mhtmlPage(batch('mhtml/weibin-2024.mhtml')).html).toBe(fixtureHtml('seed-004-weibin-2024').replace(/\n/g, '\r\n'));
    expect(adaptMhtml({ name: 'w.mhtml', bytes: batch('mhtml/weibin-2024.mhtml') }, parse).page.title).toBe('渭滨区人民政府办公室2024年政府信息公开工作年度报告');
  });

  it('refuses a file that is not MIME, one without an html part, and a damaged base64 part', () => {
    expect(codeOf(() => mhtmlPage(utf8('<html>not mime</html>')))).toBe('corrupt');
    expect(codeOf(() => mhtmlPage(message('Content-Type: image/png\r\n\r\nxx')))).toBe('corrupt');
    expect(codeOf(() => mhtmlPage(message('Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\nA')))).toBe('corrupt');
  });
});
