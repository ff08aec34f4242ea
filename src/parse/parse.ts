// RawPage → ParsedReport: the tables, the template, the agency and the statistics year.
import type { Template } from '../model/keys';
import type { ParsedReport } from '../model/parsed';
import type { RawPage, RawTable } from '../model/raw';
import { fullerAgency, overviewYear, parseTitle, periodYear, publisherOf, titleLines, type TitleParts } from './meta';
import { parseTables, type ParsedTables } from './tables';
import { labelKey } from '../text/normalize';

/** The first statistics year of the national format (国办公开办函〔2019〕60号, the trial format). */
const FIRST_FORMAT_YEAR = 2019;
/** Words only the format's tables carry: its captions, the rows of table 三, the blocks of table 四. */
const FORMAT_CAPTION = /第二十条|本年新收|上年结转|申请人情况|勾稽关系|本年度办理结果|未经复议直接起诉|复议后起诉/;
const NO_TABLES: ParsedTables = { activeDisclosure: null, applications: null, reviewLitigation: null };

/**
 * A report of a year before the format, with none of its captions: the old free-form 政府信息公开情况统计表
 * (收到申请数, 行政复议数量 …). Its rows must not be read as tables 二/三/四 (a 2016 report was read as a 2021 one
 * because of its 规范性文件 rows).
 */
function isOldFormat(year: number | null, tables: readonly RawTable[]): boolean {
  if (year === null || year >= FIRST_FORMAT_YEAR) return false;
  return !tables.some((table) => table.rows.some((line) => line.some((cell) => cell !== null && FORMAT_CAPTION.test(cell.key))));
}

function templateOf(disclosure: '2021' | '2019' | undefined, applications: '2021' | '2019' | undefined): Template {
  if (!disclosure && !applications) return 'unknown';
  if (disclosure && applications && disclosure !== applications) return 'mixed';
  return (disclosure ?? applications)!;
}

/**
 * null when the page is not a report: no standard table, and no title or heading naming a dated report
 * ("政府信息公开年报" alone is the column page that lists them).
 */
export function parseReport(page: RawPage): ParsedReport | null {
  const found = parseTables(page.tables);
  const titles = [...page.headlines, page.title];
  const titled = titles.reduce<TitleParts | null>((first, title) => first ?? parseTitle(title), null);
  if (!found.activeDisclosure && !found.applications && !found.reviewLitigation && !titled) return null;

  // Many pages show the report title only as a styled line of the article (a <div class="title">).
  const named = titled ?? titleLines(page.prose).reduce<TitleParts | null>((first, title) => first ?? parseTitle(title), null);
  const proseKey = labelKey(page.prose);
  const period = periodYear(proseKey);
  const year = named?.year ?? period ?? overviewYear(proseKey);
  const tables = isOldFormat(year, page.tables) ? NO_TABLES : found;
  const anyTable = tables.activeDisclosure || tables.applications || tables.reviewLitigation;
  let agency = named?.agency ?? publisherOf(page.prose);
  if (agency && year) agency = fullerAgency(agency, year, page.prose);

  return {
    source: { url: page.url, title: page.title || page.headlines[0] || '' },
    report: {
      agency,
      year,
      template: templateOf(tables.activeDisclosure?.template, tables.applications?.layout),
    },
    titleYear: named?.year ?? null,
    periodYear: period,
    status: anyTable ? 'tables' : page.tables.length > 0 ? 'nonstandard-tables' : 'no-html-tables',
    attachments: page.attachments,
    ...(page.source ? { document: page.source } : {}),
    images: page.images,
    published: page.published ?? null,
    ...tables,
    prose: page.prose,
    proseKey,
  };
}
