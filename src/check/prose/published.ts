// When the page says the report was published: <meta name="PubDate"> (extraction keeps it on RawPage.published), or
// the article's info lines — "发布日期：2024-01-26" (seed 001), "日期: 2022-02-10" (seed 002), "发布时间：…".
// Pure: reads the parsed report's text.
import { isGovernment } from './agency';

export interface PublishDate {
  year: number;
  month: number;
  day: number;
}

const DATE = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
// 成文日期 is when the document was written, not when it was published.
const PUBLISHED_LINE = /(?<!成文)(?:发布日期|发布时间|日期)\s*[:：]\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2})/;

function dateOf(text: string): PublishDate | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

/** From the meta's content, else from the article's info line (`proseKey`: the prose's labelKey form). */
export function publishDate(meta: string | null, proseKey: string): PublishDate | null {
  if (meta) {
    const date = dateOf(meta);
    if (date) return date;
  }
  const line = PUBLISHED_LINE.exec(proseKey);
  return line ? dateOf(line[1]!) : null;
}

/**
 * 条例第四十九条: a department publishes by 31 January, a 县级以上人民政府 by 31 March, of the year after the
 * statistics year. The agency type is judged from its name. A 政府办公室 publishes both its own report and its
 * government's (seed 002: "来源:太平区人民政府办公室" on 太平区's report): ambiguous, so it gets the later date.
 */
const GOVERNMENT_OFFICE = /政府办公室$|政府办$/;

export function publishDeadline(agency: string | null, statisticsYear: number): PublishDate {
  const government = isGovernment(agency) || (agency !== null && GOVERNMENT_OFFICE.test(agency));
  return { year: statisticsYear + 1, month: government ? 3 : 1, day: 31 };
}

export const dayNumber = (date: PublishDate) => date.year * 10000 + date.month * 100 + date.day;
export const formatDate = (date: PublishDate) => `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
