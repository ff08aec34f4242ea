// Cross-year within a batch: a report's previous year is the same agency's report of year − 1 among the batch's own
// reports, matched by the history's agency rule (src/history/agency.ts), so a batch checks 上年结转 and 现行有效件数
// exactly as the extension does with its history.
import { normalizeAgency, sameAgency } from '../history/agency';

export interface AgencyYear {
  report: { agency: string | null; year: number | null };
}

/**
 * For each report, the index of the same agency's report of the year before (the first in batch order), or null.
 * Two names the rule matches end in the same characters (equal, or one is the other with a place in front, at least
 * 3 characters), so reports are bucketed by year and the last two characters of the normalised name and only a
 * bucket is compared: a batch of a thousand reports of one year costs no pairwise comparisons at all.
 */
export function previousYearIndexes(reports: readonly (AgencyYear | null)[]): (number | null)[] {
  const bucketOf = (agency: string, year: number) => `${year}|${normalizeAgency(agency).slice(-2)}`;
  const buckets = new Map<string, number[]>();
  reports.forEach((report, index) => {
    const { agency, year } = report?.report ?? {};
    if (!agency || !year) return;
    const key = bucketOf(agency, year);
    buckets.set(key, [...(buckets.get(key) ?? []), index]);
  });
  return reports.map((report) => {
    const { agency, year } = report?.report ?? {};
    if (!agency || !year) return null;
    const candidates = buckets.get(bucketOf(agency, year - 1)) ?? [];
    return candidates.find((index) => sameAgency(reports[index]!.report.agency!, agency)) ?? null;
  });
}
