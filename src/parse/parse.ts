// RawPage → ParsedReport: the tables, the template, the agency and the statistics year.
import type { Template } from '../model/keys';
import type { ParsedReport } from '../model/parsed';
import type { RawPage } from '../model/raw';
import { fullerAgency, overviewYear, parseTitle, periodYear, publisherOf, titleLines, type TitleParts } from './meta';
import { parseTables } from './tables';
import { labelKey } from '../text/normalize';

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
  const tables = parseTables(page.tables);
  const anyTable = tables.activeDisclosure || tables.applications || tables.reviewLitigation;
  const titles = [...page.headlines, page.title];
  const titled = titles.reduce<TitleParts | null>((found, title) => found ?? parseTitle(title), null);
  if (!anyTable && !titled) return null;

  // Many pages show the report title only as a styled line of the article (a <div class="title">).
  const named = titled ?? titleLines(page.prose).reduce<TitleParts | null>((found, title) => found ?? parseTitle(title), null);
  const proseKey = labelKey(page.prose);
  const period = periodYear(proseKey);
  const year = named?.year ?? period ?? overviewYear(proseKey);
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
    ...tables,
    prose: page.prose,
    proseKey,
  };
}
