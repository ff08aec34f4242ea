// RawPage → ParsedReport: the tables, the template, the agency and the statistics year.
import type { Template } from '../model/keys';
import type { ParsedReport } from '../model/parsed';
import type { RawPage } from '../model/raw';
import { REPORT_TITLE } from '../detect/detect';
import { fullerAgency, overviewYear, parseTitle, periodYear, publisherOf, titleLines, type TitleParts } from './meta';
import { parseTables } from './tables';
import { labelKey } from '../text/normalize';

function templateOf(disclosure: '2021' | '2019' | undefined, applications: '2021' | '2019' | undefined): Template {
  if (!disclosure && !applications) return 'unknown';
  if (disclosure && applications && disclosure !== applications) return 'mixed';
  return (disclosure ?? applications)!;
}

/** null when the page is not a report: no standard table and no report title. */
export function parseReport(page: RawPage): ParsedReport | null {
  const tables = parseTables(page.tables);
  const anyTable = tables.activeDisclosure || tables.applications || tables.reviewLitigation;
  const titles = [...page.headlines, page.title];
  if (!anyTable && !titles.some((title) => REPORT_TITLE.test(title))) return null;

  // Many pages show the report title only as a styled line of the article (a <div class="title">).
  const named = [...titles, ...titleLines(page.prose)].reduce<TitleParts | null>((found, title) => found ?? parseTitle(title), null);
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
    images: page.images,
    ...tables,
    prose: page.prose,
    proseKey,
  };
}
