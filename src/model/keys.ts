// The canonical keys of docs/json-contract.md. Every other module takes its row/column vocabulary from here.

/** 表三 data columns, in the order the national format prints them (left to right). */
export const APPLICANT_COLUMNS = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'otherOrg',
  'total',
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];
/** The columns whose sum is 总计 (there is no 法人或其他组织 subtotal column in the format). */
export const APPLICANT_PARTS = APPLICANT_COLUMNS.slice(0, 6) as readonly ApplicantColumn[];
export const ORGANISATION_COLUMNS = APPLICANT_COLUMNS.slice(1, 6) as readonly ApplicantColumn[];

/** Result rows （一）…（六） whose sum is （七）总计, 2021 layout (（六） as three rows). */
export const RESULT_ROWS_2021 = [
  'granted',
  'partiallyGranted',
  'withheld.stateSecret',
  'withheld.lawForbidden',
  'withheld.safetyStability',
  'withheld.thirdPartyRights',
  'withheld.internalAffairs',
  'withheld.processInfo',
  'withheld.enforcementFiles',
  'withheld.adminQuery',
  'unavailable.notHeld',
  'unavailable.needsCreation',
  'unavailable.unclear',
  'notProcessed.complaint',
  'notProcessed.repeated',
  'notProcessed.publication',
  'notProcessed.excessive',
  'notProcessed.reconfirm',
  'other.overdueCorrection',
  'other.overdueFee',
  'other.misc',
] as const;
/** 2019 layout: （六）其他处理 is one row. */
export const RESULT_ROWS_2019 = [...RESULT_ROWS_2021.slice(0, 18), 'other.all'] as const;

export const APPLICATION_ROWS = [
  'newReceived',
  'carriedOver',
  ...RESULT_ROWS_2021,
  'other.all',
  'totalHandled',
  'carriedForward',
] as const;
export type ApplicationRow = (typeof APPLICATION_ROWS)[number];

/** 表四: the three blocks and the five columns of each, in printed order (15 values, left to right). */
export const REVIEW_BLOCKS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type ReviewBlock = (typeof REVIEW_BLOCKS)[number];
export const REVIEW_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];
export const REVIEW_PARTS = REVIEW_COLUMNS.slice(0, 4) as readonly ReviewColumn[];

/** 表二 items and their value fields per template (docs/json-contract.md). */
export const DISCLOSURE_FIELDS_2021 = {
  regulations: ['issued', 'repealed', 'inForce'],
  normativeDocuments: ['issued', 'repealed', 'inForce'],
  licensing: ['decisions'],
  punishment: ['decisions'],
  coercion: ['decisions'],
  fees: ['amount'],
} as const;
export const DISCLOSURE_FIELDS_2019 = {
  regulations: ['made', 'published', 'totalPublished'],
  normativeDocuments: ['made', 'published', 'totalPublished'],
  licensing: ['previousCount', 'change', 'decisions'],
  otherServices: ['previousCount', 'change', 'decisions'],
  punishment: ['previousCount', 'change', 'decisions'],
  coercion: ['previousCount', 'change', 'decisions'],
  fees: ['previousCount', 'change'],
  procurement: ['projects', 'amount'],
} as const;
export type DisclosureItem = keyof typeof DISCLOSURE_FIELDS_2019 | keyof typeof DISCLOSURE_FIELDS_2021;

export type TableKey = 'activeDisclosure' | 'applications' | 'reviewLitigation';
export type Template = '2021' | '2019' | 'mixed' | 'unknown';
