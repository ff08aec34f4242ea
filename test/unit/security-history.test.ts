// Issue 17 items 1, 10 and 11 at the history's edge: which frames may save or read, what of an address is kept,
// and what an imported file may bring in.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JSDOM } from 'jsdom';
import { frameContextOf, historyAccess } from '@/src/history/access';
import { importedReport } from '@/src/history/imported';
import { isLinkable, sameSite, siteOf, storedUrl } from '@/src/history/site';
import { listHistory } from '@/src/history/store';
import { importReportFile } from '@/src/ui/importReport';
import weibin2023 from '../fixtures/cross-year/weibin-2023.json';
import { exportedReport } from './fixtures';

beforeEach(() => fakeBrowser.reset());

describe('sites', () => {
  it.each([
    ['https://www.hongze.gov.cn/a.html', 'hongze.gov.cn'],
    ['http://xxgk.hongze.gov.cn:8080/b', 'hongze.gov.cn'],
    ['https://www.gov.cn/zhengce/', 'www.gov.cn'],
    ['https://evil.example/x', 'evil.example'],
    ['https://a.b.example.com/x', 'example.com'],
    ['http://10.1.2.3/report.html', '10.1.2.3'],
    ['http://intranet/report.html', 'intranet'],
    ['file:///home/alice/report.html', 'file:'],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s belongs to %s', (url, site) => expect(siteOf(url)).toBe(site));

  it('tells one site from another', () => {
    expect(sameSite('https://www.hongze.gov.cn/', 'https://xxgk.hongze.gov.cn/')).toBe(true);
    expect(sameSite('https://www.hongze.gov.cn/', 'https://www.huaian.gov.cn/')).toBe(false);
    expect(sameSite('https://hongze.gov.cn.evil.example/', 'https://www.hongze.gov.cn/')).toBe(false);
    expect(sameSite('javascript:x', 'javascript:x')).toBe(false);
  });
});

describe('stored addresses (item 11)', () => {
  it.each([
    ['https://www.hongze.gov.cn/art/2024/1/26/art_1_2.html?sessionid=abc&from=search#table3', 'https://www.hongze.gov.cn/art/2024/1/26/art_1_2.html'],
    ['http://www.yining.gov.cn/xxgk/content.jsp?id=123#top', 'http://www.yining.gov.cn/xxgk/content.jsp?id=123'],
    ['https://a.gov.cn/index.php?m=content&id=9', 'https://a.gov.cn/index.php?m=content&id=9'],
    ['https://a.gov.cn/?p=77', 'https://a.gov.cn/?p=77'],
    ['https://user:pass@a.gov.cn/r.html', 'https://a.gov.cn/r.html'],
    ['file:///home/alice/Documents/%E5%B9%B4%E6%8A%A5.html', 'file:///%E5%B9%B4%E6%8A%A5.html'],
    ['javascript:alert(1)', ''],
  ])('%s is kept as %s', (url, kept) => expect(storedUrl(url)).toBe(kept));

  it('only http(s) addresses become links', () => {
    expect(isLinkable('https://a.gov.cn/r.html')).toBe(true);
    expect(isLinkable('file:///r.html')).toBe(false);
    expect(isLinkable('javascript:alert(1)//.html')).toBe(false);
  });
});

describe('which frames use the history (items 1, 5, 11)', () => {
  const frame = { top: false, url: 'https://www.hongze.gov.cn/inner.html', topOrigin: 'https://www.hongze.gov.cn', incognito: false };
  it('the tab\'s page saves and consults', () => expect(historyAccess({ ...frame, top: true, topOrigin: null })).toEqual({ consult: true, save: true }));
  it('a frame of the same site saves and consults', () => expect(historyAccess({ ...frame, topOrigin: 'https://xxgk.hongze.gov.cn' })).toEqual({ consult: true, save: true }));
  it('a report framed by another site neither saves nor consults', () =>
    expect(historyAccess({ ...frame, topOrigin: 'https://evil.example' })).toEqual({ consult: false, save: false }));
  it('a frame whose top is unknown is treated as foreign', () => expect(historyAccess({ ...frame, topOrigin: null })).toEqual({ consult: false, save: false }));
  it('a private window consults but never saves', () => expect(historyAccess({ ...frame, top: true, incognito: true })).toEqual({ consult: true, save: false }));

  it('reads the frame context from a window: top, or a frame under a same-origin top', () => {
    const dom = new JSDOM('<iframe></iframe>', { url: 'https://www.hongze.gov.cn/outer.html' });
    expect(frameContextOf(dom.window as unknown as Window, false)).toEqual({ top: true, url: 'https://www.hongze.gov.cn/outer.html', topOrigin: 'https://www.hongze.gov.cn', incognito: false });
    const inner = dom.window.document.querySelector('iframe')!.contentWindow!;
    const context = frameContextOf(inner as unknown as Window, true);
    expect(context.top).toBe(false);
    expect(context.topOrigin).toBe('https://www.hongze.gov.cn');
    expect(context.incognito).toBe(true);
  });
});

describe('the import schema (item 10)', () => {
  // A deep copy each time: the cases below change nested values in place.
  const good = () => structuredClone(exportedReport(weibin2023 as never));
  it('accepts an exported report', () => expect(importedReport(good())).not.toBeNull());

  it.each([
    ['a javascript: source address', (r: any) => (r.source.url = 'javascript:alert(document.cookie)//x.html')],
    ['a data: source address', (r: any) => (r.source.url = 'data:text/html,<script>1</script>')],
    ['a javascript: attachment', (r: any) => (r.page.attachments = [{ url: 'javascript:alert(1)//a.pdf', text: '附件' }])],
    ['year 1e308', (r: any) => (r.report.year = 1e308)],
    ['year 2023.5', (r: any) => (r.report.year = 2023.5)],
    ['year 1900', (r: any) => (r.report.year = 1900)],
    ['a negative count', (r: any) => (r.applications.carriedForward.total = -3)],
    ['a fractional count', (r: any) => (r.applications.newReceived.naturalPerson = 2.5)],
    ['an infinite count in table 四', (r: any) => (r.reviewLitigation.review.total = 1e400)],
    ['a negative summary', (r: any) => (r.summary.fail = -1)],
    ['a 200,000-character agency', (r: any) => (r.report.agency = '某'.repeat(200_000))],
    ['6,000 findings', (r: any) => (r.findings = Array.from({ length: 6000 }, () => ({ rule: 'x', scope: 'x', outcome: 'fail', message: 'x', cells: [] })))],
  ])('rejects %s', (_, change) => {
    const report = good();
    change(report);
    expect(importedReport(report)).toBeNull();
  });

  it('accepts table 二 amounts (fractional fees) and file: source addresses, which are never shown as links', () => {
    const report = good() as any;
    report.activeDisclosure.fees.amount = 0.35;
    report.source.url = 'file:///C:/reports/weibin-2023.html';
    expect(importedReport(report)).not.toBeNull();
  });

  it('a file of two reports, one hostile: the good one is imported, the other counted as rejected', async () => {
    const hostile = { ...good(), source: { url: 'javascript:alert(1)', title: 'x' } };
    const file = new File([JSON.stringify([{ report: good() }, { report: hostile }])], 'history.json');
    expect(await importReportFile(file)).toEqual({ kind: 'imported', saved: 1, unchanged: 0, rejected: 1 });
    expect((await listHistory()).map((entry) => entry.url)).toEqual([good().source.url]);
  });

  it('a file that is not JSON imports nothing', async () => {
    expect(await importReportFile(new File(['{"schemaVersion":1,'], 'broken.json'))).toEqual({ kind: 'invalid' });
  });
});
