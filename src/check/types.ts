// The rule engine's vocabulary. A rule is data plus one pure function of the parsed report (design-notes A5.1).
import type { TableKey, Template } from '../model/keys';
import type { CellRef, ParsedReport } from '../model/parsed';
import type { MessageData, MessageKey } from '../i18n/messages';
import type { ReportJson } from '../model/schema';
import type { TitleKey } from '../i18n/titles';

export type Outcome = 'pass' | 'fail' | 'warn' | 'review';

export interface CheckOptions {
  /** An assumption the user may switch on: read blank cells as 0 instead of "cannot verify". Off by default. */
  blanksAsZero: boolean;
  /** The same agency's report of the year before, from the local history (enables the crossYear.* rules). */
  previousYear?: ReportJson | null;
}
export const DEFAULT_OPTIONS: CheckOptions = { blanksAsZero: false };

export interface Hint {
  key: MessageKey;
  data: MessageData;
}

/** One evaluated instance of a rule (one row, one column, one block, one sentence). */
export interface Evaluation {
  scope: string;
  outcome: Outcome;
  key: MessageKey;
  data: MessageData;
  expected?: number | null;
  found?: number | null;
  /** Every cell the check read; the first is where the wrong value sits (where the marker goes). */
  cells: CellRef[];
  hint?: Hint;
  /** A prose finding's sentence: offsets in RawPage.prose (the page marks it, the popup jumps to it). */
  sentence?: SentenceRef;
}
export interface SentenceRef {
  start: number;
  end: number;
}

export interface Finding extends Evaluation {
  rule: string;
  outcome: Exclude<Outcome, 'pass'>;
}

export interface Rule {
  id: string;
  /** What the rule checks (src/i18n/titles.ts). */
  title: TitleKey;
  /** The outcome a broken instance gets: identities and type rules fail, soft checks warn. */
  severity: 'fail' | 'warn';
  tables: readonly (TableKey | 'narrative')[];
  templates?: readonly Template[];
  /** Message keys the rule can emit (checked by the registry meta-test). */
  messages: readonly MessageKey[];
  evaluate(report: ParsedReport, options: CheckOptions): Evaluation[];
}
