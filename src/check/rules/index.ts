// The registry: every rule the engine runs, in the order findings are listed. Adding a rule is its file here,
// one line below, and its test file test/unit/rules/<rule-id>.test.ts (a meta-test checks that it exists).
import type { Rule } from '../types';
import { applicationsBalance } from './applications-balance';
import { applicationsHandledTotal } from './applications-handled-total';
import { applicationsRowTotal } from './applications-row-total';
import { cellMissing } from './cell-missing';
import { cellNonNegativeInteger } from './cell-non-negative-integer';
import { cellUnreadable } from './cell-unreadable';
import { crossYearCarry } from './cross-year-carry';
import { crossYearStock } from './cross-year-stock';
import { disclosureInForce } from './disclosure-in-force';
import { feeNonNegative } from './fee-non-negative';
import { narrativeApplicants } from './narrative-applicants';
import { narrativeHandled } from './narrative-handled';
import { narrativePartsExceedWhole } from './narrative-parts-exceed-whole';
import { narrativePeriodYear } from './narrative-period-year';
import { narrativeReceived } from './narrative-received';
import { narrativeResultGroups } from './narrative-result-groups';
import { narrativeReviewLitigation } from './narrative-review-litigation';
import { reviewBlockTotal } from './review-block-total';
import { tableMissing } from './table-missing';

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
  narrativePeriodYear,
  narrativePartsExceedWhole,
  crossYearCarry,
  crossYearStock,
];
