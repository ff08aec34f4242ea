// The detector's yes/no (src/detect/detect.ts) on pages built the way real ones are: the report's title in <title>,
// in the CMS's ArticleTitle metadata or only in the first <h1>; the tables' first rows; the report inside an old
// site's layout table; and pages that mention the words too deep or too late to be a report's table.
import { describe, expect, it } from 'vitest';
import { mayBeReport } from '@/src/detect/detect';
import { fixtureDocument } from './fixtures';

const page = (head: string, body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, 'text/html');
const TABLE_TWO_CAPTION = '<tr><td colspan="4">第二十条第（一）项</td></tr><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>';
const NEWS_TABLE = '<table><tr><td>指标</td><td>单位</td><td>本年</td></tr><tr><td>地区生产总值</td><td>亿元</td><td>256.3</td></tr></table>';

describe('mayBeReport', () => {
  it('says yes to a report by its <title>, its ArticleTitle metadata, or its first heading', () => {
    expect(mayBeReport(page('<title>某县人民政府2024年政府信息公开工作年度报告</title>', '<p>正文</p>'))).toBe(true);
    expect(mayBeReport(page('<title>某县人民政府</title><meta name="ArticleTitle" content="某局2023年政府信息公开工作年度报告">', '<p>正文</p>'))).toBe(true);
    expect(mayBeReport(page('<title>详情页</title>', '<h1>某镇政府信息公开工作2023年度报告</h1><p>正文</p>'))).toBe(true);
  });

  it('says yes to a report without a title by the first rows of its tables', () => {
    expect(mayBeReport(page('<title>详情页</title>', `${NEWS_TABLE}<table>${TABLE_TWO_CAPTION}</table>`))).toBe(true);
    // Table 三's first rows: the 申请人情况 header.
    expect(mayBeReport(page('<title>详情页</title>', '<table><tr><td colspan="3" rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr></table>'))).toBe(true);
  });

  it('finds the report nested in a layout table whose first row holds the whole article', () => {
    const layout = `<table><tr><td><a href="/">首页</a></td><td><p>正文</p><table>${TABLE_TWO_CAPTION}</table></td></tr></table>`;
    expect(mayBeReport(page('<title>详情页</title>', layout))).toBe(true);
  });

  it('says no to a news page, and to the words below the first rows or only in a layout cell that holds a table', () => {
    expect(mayBeReport(fixtureDocument('negative-news'))).toBe(false);
    const deep = `<table><tr><td>指标</td></tr><tr><td>一</td></tr><tr><td>二</td></tr><tr><td>行政复议</td></tr></table>`;
    expect(mayBeReport(page('<title>详情页</title>', deep))).toBe(false);
    // The rows are read together: a word is never made of one row's end and the next row's start.
    const split = '<table><tr><td>关于行政</td></tr><tr><td>复议案件的统计</td></tr></table>';
    expect(mayBeReport(page('<title>详情页</title>', split))).toBe(false);
    // The nav cell of a portal's layout table links to 行政复议 beside a cell with a news table, not a report.
    const portal = `<table><tr><td><a href="/fy">行政复议</a>${NEWS_TABLE}</td><td>${NEWS_TABLE}</td></tr></table>`;
    expect(mayBeReport(page('<title>某县人民政府门户网站</title>', portal))).toBe(false);
  });
});
