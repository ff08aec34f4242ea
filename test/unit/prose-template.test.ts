// The template is a claim about the whole report: a pre-2019 report whose only table is the old free-form
// 政府信息公开情况统计表 is template "unknown" with no tables read, however many of its rows name 规范性文件.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '@/src/extract/extract';
import { parseReport } from '@/src/parse/parse';

// Rows of the old 统计表 (2008–2018 reports): 统计指标 · 单位 · 统计数.
const OLD_ROWS = [
  ['一、主动公开情况', '', ''],
  ['（一）主动公开政府信息数', '条', '1862'],
  ['其中：主动公开规范性文件数', '条', '9'],
  ['制发规范性文件总数', '件', '11'],
  ['三、依申请公开情况', '', ''],
  ['（一）收到申请数', '件', '6'],
  ['（二）申请办结数', '件', '6'],
  ['2.同意部分公开答复数', '件', '1'],
  ['四、行政复议数量', '件', '0'],
  ['五、行政诉讼数量', '件', '0'],
];
const page = (year: number, rows: string[][]) => {
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  const html = `<html><head><title>某县人民政府${year}年政府信息公开工作年度报告</title></head><body><p>附表：政府信息公开情况统计表</p><table><tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>${body}</table></body></html>`;
  return extractPage(new JSDOM(html, { url: 'https://example.gov.cn/2016.html' }).window.document).page;
};

describe('the template claim', () => {
  it('a 2016 report with the old 统计表 (two 规范性文件 rows) is template "unknown", no tables read', () => {
    const report = parseReport(page(2016, OLD_ROWS))!;
    expect(report.report).toEqual({ agency: '某县人民政府', year: 2016, template: 'unknown' });
    expect([report.activeDisclosure, report.applications, report.reviewLitigation]).toEqual([null, null, null]);
    expect(report.status).toBe('nonstandard-tables');
  });

  it('before 2019, even two items of table 二 are not read without the format\'s captions', () => {
    // Constructed: a 规章 row beside the 规范性文件 rows, as a province's variant of the old table might have.
    const rows = [...OLD_ROWS.slice(0, 3), ['其中：主动公开规章数', '条', '2'], ...OLD_ROWS.slice(3)];
    expect(parseReport(page(2016, rows))!.activeDisclosure).toBeNull();
    expect(parseReport(page(2019, rows))!.activeDisclosure).not.toBeNull();
  });

  it('one item named twice is not table 二, whatever the year', () => {
    expect(parseReport(page(2021, OLD_ROWS.slice(0, 4)))!.activeDisclosure).toBeNull();
  });

  it('two items of table 二 still make table 二 in a format year', () => {
    const rows = [['第二十条第（一）项', '', '', ''], ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'], ['规章', '0', '0', '0'], ['行政规范性文件', '3', '0', '8']];
    expect(parseReport(page(2021, rows))!.activeDisclosure?.template).toBe('2021');
  });
});
