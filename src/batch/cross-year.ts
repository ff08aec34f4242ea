// Cross-year within a batch: a report's previous year is the same agency's report of year − 1 among the batch's own
// reports, matched by the history's agency rule (src/history/agency.ts), so a batch checks 上年结转 and 现行有效件数
// exactly as the extension does with its history.
import { normalizeAgency, sameAgency } from '../history/agency';

export interface AgencyYear {
  report: { agency: string | null; year: number | null };
  page: { status: string };
}

/** As the extension's history keeps them: tables read, agency and year known (src/history/store.ts saveReport). */
export function agencyYearOf(report: AgencyYear | null): { agency: string; year: number } | null {
  const { agency, year } = report?.report ?? {};
  return report?.page.status === 'tables' && agency && year ? { agency, year } : null;
}

/**
 * For each report whose tables were read, the index of the same agency's report of the year before whose tables were
 * read (the first in batch order), or null.
 * Two names the rule matches end in the same characters (equal, or one is the other with a place in front, at least
 * 3 characters), so reports are bucketed by year and the last two characters of the normalised name and only a
 * bucket is compared: a batch of a thousand reports of one year makes no comparison at all.
 */
export function previousYearIndexes(reports: readonly (AgencyYear | null)[]): (number | null)[] {
  const bucketOf = (agency: string, year: number) => `${year}|${normalizeAgency(agency).slice(-2)}`;
  const buckets = new Map<string, number[]>();
  const known = reports.map(agencyYearOf);
  known.forEach((report, index) => {
    if (!report) return;
    const key = bucketOf(report.agency, report.year);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(index);
    else buckets.set(key, [index]);
  });
  return known.map((report) => {
    if (!report) return null;
    const candidates = buckets.get(bucketOf(report.agency, report.year - 1)) ?? [];
    return candidates.find((index) => sameAgency(known[index]!.agency, report.agency)) ?? null;
  });
}
