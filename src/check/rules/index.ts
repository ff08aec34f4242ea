// The registry: every rule the engine runs, in the order findings are listed. A meta-test checks that each has
// messages and a passing and a failing fixture (test/unit/rules-registry.test.ts).
import type { Rule } from '../types';
import { applicationsBalance } from './applications-balance';
import { applicationsHandledTotal } from './applications-handled-total';
import { applicationsRowTotal } from './applications-row-total';
import { cellMissing, cellNonNegativeInteger, cellUnreadable, feeNonNegative, tableMissing } from './cell-types';
import { crossYearCarry, crossYearStock } from './cross-year';
import { crossYearCopied } from './cross-year-copied';
import { disclosureInForce } from './disclosure-in-force';
import {
  narrativeApplicants,
  narrativeHandled,
  narrativePartsExceedWhole,
  narrativePercentage,
  narrativePeriodYear,
  narrativeReceived,
  narrativeResultGroups,
  narrativeReviewLitigation,
} from './narrative';
import { reportFeeStatement } from './report-fee-statement';
import { reportImprovements } from './report-improvements';
import { reportPublishedOnTime } from './report-published-on-time';
import { reportSections } from './report-sections';
import { reportStatisticsYear } from './report-statistics-year';
import { reviewBlockTotal } from './review-block-total';

export const RULES: readonly Rule[] = [
  tableMissing,
  cellMissing,
  cellUnreadable,
  cellNonNegativeInteger,
  feeNonNegative,
  applicationsRowTotal,
  applicationsHandledTotal,
  applicationsBalance,
  reviewBlockTotal,
  disclosureInForce,
  narrativeReceived,
  narrativeHandled,
  narrativeApplicants,
  narrativeResultGroups,
  narrativeReviewLitigation,
  narrativePercentage,
  narrativePeriodYear,
  narrativePartsExceedWhole,
  reportSections,
  reportFeeStatement,
  reportImprovements,
  reportPublishedOnTime,
  reportStatisticsYear,
  crossYearCarry,
  crossYearStock,
  crossYearCopied,
];
