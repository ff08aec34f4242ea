// The rule engine's vocabulary. A rule is one file: its id, the table it belongs to, the layouts it applies to,
// its title and messages in both locales (typed by the data it hands them), and one pure evaluate
// (docs/design.md, "Rules"). `defineRule` ties these together so the engine, the popup and the README read them
// from the rule itself.
import type { Locale } from '../i18n/labels';
import type { TableKey } from '../model/keys';
import type { CellRef, ParsedReport } from '../model/parsed';
import type { Outcome, ReportJson } from '../model/schema';

/** The user's assumptions. */
export interface CheckOptions {
  /** Read blank cells as 0 instead of "cannot verify". Off by default. */
  blanksAsZero: boolean;
}
export const DEFAULT_OPTIONS: CheckOptions = { blanksAsZero: false };

/** What a rule may know besides the parsed report. New knowledge (the page's sentences, its history) goes here. */
export interface CheckContext {
  options: CheckOptions;
  /** The same agency's report of the year before, from the local history (enables the crossYear.* rules). */
  previousYear: ReportJson | null;
}
/** What a caller of the check hands in: the options and whatever context it has. */
export type CheckInput = CheckOptions & { previousYear?: ReportJson | null };

export function checkContext(input: CheckInput = DEFAULT_OPTIONS): CheckContext {
  return { options: { blanksAsZero: input.blanksAsZero }, previousYear: input.previousYear ?? null };
}

/** A rule's messages: for each message key, the data it is given. */
export type MessageMap = Record<string, object>;
export type Localised<Data> = Record<Locale, (data: Data) => string>;
type Message<Data extends MessageMap> = { [K in keyof Data & string]: { key: K; data: Data[K] } }[keyof Data & string];

/**
 * One evaluated instance of a rule (one row, one column, one block, one sentence). `broken` becomes the rule's
 * severity in the engine; `review` means the rule could not decide (a blank or unreadable operand). A pass that
 * says nothing more may be `PASSED`.
 */
export type Evaluation<Data extends MessageMap = MessageMap> = Described<Data> | typeof PASSED;
/** A passing instance with nothing to say: passes are only counted, so the per-cell rules (some 650 instances on a
 *  report) hand back this one object instead of building one each (issue 15, allocation profile). */
export const PASSED = Object.freeze({ outcome: 'pass' as const });
/** An evaluation with its message, scope and cells. */
export type Described<Data extends MessageMap = MessageMap> = Message<Data> & {
  scope: string;
  outcome: 'pass' | 'broken' | 'review';
  expected?: number | null;
  found?: number | null;
  /** Every cell the check read; the first is where the wrong value sits (where the marker goes). */
  cells: CellRef[];
  /** A second message about the page (e.g. two cells that look like one number split in two). */
  hint?: Message<Data>;
  /** A prose finding's sentence: offsets in RawPage.prose (the page marks it, the popup jumps to it). */
  sentence?: SentenceRef;
};
export interface SentenceRef {
  start: number;
  end: number;
}

/** A non-passing evaluation as it leaves the engine: plain data, so it crosses to the popup as JSON. */
export interface Finding {
  rule: string;
  scope: string;
  outcome: Outcome;
  key: string;
  data: object;
  expected?: number | null;
  found?: number | null;
  cells: CellRef[];
  hint?: { key: string; data: object };
  sentence?: SentenceRef;
}

/** Where a finding is listed: under the table it is about, or under the report's text. */
export type Group = TableKey | 'narrative';
/** The layout of a table (表二's columns, 表三's （六） rows) a rule may be limited to. */
export type Layout = '2021' | '2019';

export interface RuleDefinition<Data extends MessageMap> {
  id: string;
  /** The outcome a broken instance gets: identities and type rules fail, soft checks warn. */
  severity: Outcome;
  /** The table the rule is about, or, for rules on any cell, the table of the cell a finding names. */
  table: Group | ((finding: Message<Data>) => Group);
  /** Run only when the rule's table has one of these layouts (the engine skips the others). */
  layouts?: readonly Layout[];
  messages: { [K in keyof Data]: Localised<Data[K]> };
  evaluate(report: ParsedReport, context: CheckContext): Evaluation<Data>[];
}

/**
 * What a rule checks, for the README. Exported beside the rule as `title` (not part of it): the content script
 * bundles every rule, and the titles would cost it ~0.8 kB gzip for words it never shows.
 */
export type RuleTitle = Record<Locale, string>;

/** A rule with its data types erased, as the registry, the engine and the popup hold it. */
export interface Rule {
  readonly id: string;
  readonly severity: Outcome;
  readonly layouts?: readonly Layout[];
  /** The fixed table a rule is about (null when it depends on the finding). */
  readonly table: Group | null;
  readonly messageKeys: readonly string[];
  evaluate(report: ParsedReport, context: CheckContext): Evaluation[];
  groupOf(finding: Pick<Finding, 'key' | 'data'>): Group;
  format(locale: Locale, message: { key: string; data: object }): string;
}

export function defineRule<Data extends MessageMap>(definition: RuleDefinition<Data>): Rule {
  const { table, messages } = definition;
  return {
    id: definition.id,
    severity: definition.severity,
    layouts: definition.layouts,
    table: typeof table === 'function' ? null : table,
    messageKeys: Object.keys(messages),
    evaluate: definition.evaluate as Rule['evaluate'],
    groupOf: (finding) => (typeof table === 'function' ? table(finding as Message<Data>) : table),
    format(locale, message) {
      // Findings come back from the content script as JSON: the key was written by this rule's evaluate.
      const localised = messages[message.key as keyof Data] as Localised<object> | undefined;
      return localised ? localised[locale](message.data) : message.key;
    },
  };
}
