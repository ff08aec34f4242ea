// Claims ↔ tables. A claim is compared with every legitimate reading of the tables: "受理749件" may count the new
// requests only or the new plus those carried over from last year (both occur in real reports), and the parts of
// the sentence (其中自然人741件…) follow whichever reading their total takes. A claim is a mismatch only when no
// reading fits; a claim whose cells are blank or absent is not compared. Pure: no DOM.
import { ORGANISATION_COLUMNS, RESULT_ROWS_2019, RESULT_ROWS_2021, type ApplicantColumn, type ApplicationRow, type ReviewColumn } from '../../model/keys';
import type { CellRef, ParsedReport } from '../../model/parsed';
import { numberOf, termAt, type Term } from '../terms';
import { checkContext } from '../types';
import type { Applicant, Category, Claim, ResultGroup } from './claims';

/** One way of reading the tables for a claim: a name (for the message), its terms and their sum. */
export interface Reading {
  name: ReadingName;
  value: number;
  cells: CellRef[];
}
export type ReadingName =
  | 'newReceived'
  | 'newPlusCarried'
  | 'handled'
  | 'carriedOver'
  | 'carriedForward'
  | 'groups'
  | 'review'
  | 'litigation'
  | 'reviewOutcome';

// Prose is compared with what the page prints: a blank cell leaves the claim uncompared, whatever the user assumes.
const AS_PRINTED = checkContext();
const applicationTerm = (report: ParsedReport, row: ApplicationRow, col: ApplicantColumn) => termAt(report, 'applications', row, col);
const reviewTerm = (report: ParsedReport, block: string, col: ReviewColumn) => termAt(report, 'reviewLitigation', block, col);

/** Sum of terms, or null when one cannot be verified (blank, unreadable, missing). */
function reading(name: ReadingName, terms: Term[]): Reading | null {
  let value = 0;
  for (const term of terms) {
    const number = numberOf(term, AS_PRINTED);
    if (number === null) return null;
    value += number;
  }
  return { name, value, cells: terms.map((term) => term.ref) };
}

const applicantColumns = (applicant: Applicant | 'total'): readonly ApplicantColumn[] =>
  applicant === 'organisations' ? ORGANISATION_COLUMNS : [applicant];

function groupRows(report: ParsedReport, groups: ResultGroup[]): ApplicationRow[] {
  const rows: readonly ApplicationRow[] = report.applications?.layout === '2019' ? RESULT_ROWS_2019 : RESULT_ROWS_2021;
  const prefix: Record<ResultGroup, (row: ApplicationRow) => boolean> = {
    granted: (row) => row === 'granted',
    partiallyGranted: (row) => row === 'partiallyGranted',
    withheld: (row) => row.startsWith('withheld.'),
    unavailable: (row) => row.startsWith('unavailable.'),
    notProcessed: (row) => row.startsWith('notProcessed.'),
    other: (row) => row.startsWith('other.'),
  };
  return rows.filter((row) => groups.some((group) => prefix[group](row)));
}

/** The received readings of a column set: new only, or new plus carried over (unless the words say 新收). */
function receivedReadings(report: ParsedReport, columns: readonly ApplicantColumn[], onlyNew: boolean): Reading[] {
  const fresh = columns.map((col) => applicationTerm(report, 'newReceived', col));
  const carried = columns.map((col) => applicationTerm(report, 'carriedOver', col));
  return [reading('newReceived', fresh), onlyNew ? null : reading('newPlusCarried', [...fresh, ...carried])].filter((r): r is Reading => r !== null);
}

const single = (name: ReadingName, terms: Term[]) => [reading(name, terms)].filter((r): r is Reading => r !== null);
const reviewBlocks = (of: 'review' | 'litigation') => (of === 'review' ? (['review'] as const) : (['litigationDirect', 'litigationAfterReview'] as const));

/** Every legitimate reading of the tables for a claim of this category. */
export function readingsOf(report: ParsedReport, category: Category): Reading[] {
  switch (category.kind) {
    case 'received':
      return report.applications ? receivedReadings(report, ['total'], category.onlyNew) : [];
    case 'applicant':
      return report.applications ? receivedReadings(report, applicantColumns(category.applicant), category.onlyNew) : [];
    case 'handled':
      return single('handled', [applicationTerm(report, 'totalHandled', 'total')]);
    case 'carriedOver':
      return single('carriedOver', [applicationTerm(report, 'carriedOver', 'total')]);
    case 'carriedForward':
      return single('carriedForward', [applicationTerm(report, 'carriedForward', 'total')]);
    case 'resultGroups':
      return report.applications ? single('groups', groupRows(report, category.groups).map((row) => applicationTerm(report, row, 'total'))) : [];
    case 'review':
    case 'litigation':
      return report.reviewLitigation ? single(category.kind, reviewBlocks(category.kind).map((block) => reviewTerm(report, block, 'total'))) : [];
    case 'reviewOutcome':
      return report.reviewLitigation
        ? single('reviewOutcome', reviewBlocks(category.of).map((block) => reviewTerm(report, block, category.column as ReviewColumn)))
        : [];
  }
}

export interface ClaimVerdict {
  claim: Claim;
  readings: Reading[];
  /** The readings that equal the claim (empty: a mismatch). */
  fitting: Reading[];
}

/**
 * Verdicts for every exact claim whose tables can be read. A part (其中自然人741件) is held to the readings its
 * total fits when the total fits any: "受理749件" = 新收 713 + 结转 36, so 自然人 741 is new + carried too.
 */
export function judgeClaims(report: ParsedReport, claims: readonly Claim[]): ClaimVerdict[] {
  const verdicts = new Map<Claim, ClaimVerdict>();
  for (const claim of claims) {
    if (claim.approximate) continue;
    let readings = readingsOf(report, claim.category);
    const total = claim.partOf && verdicts.get(claim.partOf);
    if (total && total.fitting.length > 0 && sameReadingFamily(total.claim.category, claim.category)) {
      const names = new Set(total.fitting.map((r) => r.name));
      readings = readings.filter((r) => names.has(r.name));
    }
    if (readings.length === 0) continue;
    verdicts.set(claim, { claim, readings, fitting: readings.filter((r) => r.value === claim.count) });
  }
  return [...verdicts.values()];
}

/** A total and its parts read the same rows only when both are received counts (a total and its applicant types). */
function sameReadingFamily(total: Category, part: Category): boolean {
  return (total.kind === 'received' || total.kind === 'applicant') && (part.kind === 'received' || part.kind === 'applicant');
}

/** The bases a printed share may be taken of: the claim's total in the sentence, and the received and handled totals. */
export function percentBases(report: ParsedReport, claim: Claim): number[] {
  const bases = [
    ...(claim.partOf ? [claim.partOf.count] : []),
    ...readingsOf(report, { kind: 'received', onlyNew: false }).map((r) => r.value),
    ...readingsOf(report, { kind: 'handled' }).map((r) => r.value),
  ];
  return [...new Set(bases.filter((base) => base > 0))];
}

/** Does "count（value%）" hold for this base, at the printed precision (17.46% of 1191 is 208)? */
export function shareFits(count: number, base: number, percent: { value: number; decimals: number }): boolean {
  const share = (count / base) * 100;
  return Math.abs(share - percent.value) <= 0.5 * 10 ** -percent.decimals + 1e-9;
}
