// Type rules on single cells: counts are integers ≥ 0, 收费金额 is not negative, every row has all its cells,
// every cell reads as a number or a blank mark.
import type { TableKey } from '../../model/keys';
import { allTerms, type ValueKind } from '../terms';
import type { Evaluation, Rule } from '../types';

const scopeOf = (ref: { row: string; col: string }) => `${ref.row}.${ref.col}`;
/** A passed cell check (its message is never shown). */
const pass = (scope: string): Evaluation => ({ scope, outcome: 'pass', key: 'cell.notInteger', data: {}, cells: [] });

/** A rule on each number of one kind: `ok` decides, `key` says what is wrong. */
function numberRule(id: string, title: Rule['title'], kind: ValueKind, key: 'cell.notInteger' | 'cell.negative', ok: (value: number) => boolean): Rule {
  return {
    id,
    title,
    severity: 'fail',
    tables: kind === 'amount' ? ['activeDisclosure'] : ['activeDisclosure', 'applications', 'reviewLitigation'],
    messages: [key],
    evaluate(report) {
      return allTerms(report)
        .filter((term) => term.kind === kind && term.value.status === 'number')
        .map((term) => {
          const found = term.value.value!;
          const scope = scopeOf(term.ref);
          return ok(found) ? pass(scope) : { scope, outcome: 'fail', key, data: { cell: term.ref, found }, found, cells: [term.ref] };
        });
    },
  };
}

export const cellNonNegativeInteger = numberRule('cell.non-negative-integer', 'integer', 'count', 'cell.notInteger', (v) => Number.isInteger(v) && v >= 0);
export const feeNonNegative = numberRule('activeDisclosure.fee-non-negative', 'fee', 'amount', 'cell.negative', (v) => v >= 0);

/** Seed 002: "2.其他法律行政法规禁止公开" has six cells for seven columns. Reported, never shifted. */
export const cellMissing: Rule = {
  id: 'cell.missing',
  title: 'missingCell',
  severity: 'fail',
  tables: ['activeDisclosure', 'applications', 'reviewLitigation'],
  messages: ['cell.missing'],
  evaluate(report) {
    return allTerms(report).map((term) =>
      term.value.status === 'missing'
        ? { scope: scopeOf(term.ref), outcome: 'review', key: 'cell.missing', data: { row: term.ref.row, col: term.ref.col }, cells: [term.ref] }
        : pass(scopeOf(term.ref)),
    );
  },
};

export const cellUnreadable: Rule = {
  id: 'cell.unreadable',
  title: 'integer',
  severity: 'fail',
  tables: ['activeDisclosure', 'applications', 'reviewLitigation'],
  messages: ['cell.unreadable'],
  evaluate(report) {
    return allTerms(report)
      .filter((term) => term.value.status !== 'missing')
      .map((term) =>
        term.value.status === 'unreadable'
          ? { scope: scopeOf(term.ref), outcome: 'review', key: 'cell.unreadable', data: { cell: term.ref, text: term.value.text ?? '' }, cells: [term.ref] }
          : pass(scopeOf(term.ref)),
      );
  },
};

const TABLES: TableKey[] = ['activeDisclosure', 'applications', 'reviewLitigation'];

/** Only on pages where some table was read: a page without HTML tables says so in its status instead. */
export const tableMissing: Rule = {
  id: 'table.missing',
  title: 'tableMissing',
  severity: 'fail',
  tables: TABLES,
  messages: ['table.missing'],
  evaluate(report) {
    if (report.status !== 'tables') return [];
    return TABLES.map((table) =>
      report[table]
        ? { scope: table, outcome: 'pass', key: 'table.missing', data: { table }, cells: [] }
        : { scope: table, outcome: 'review', key: 'table.missing', data: { table }, cells: [] },
    );
  },
};
