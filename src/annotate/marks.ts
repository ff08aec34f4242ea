// Findings of an analysis → what the annotator draws: the cells each finding involves, resolved to elements,
// and its message in the user's language.
import { formatFinding } from '../check/engine';
import type { Locale } from '../i18n/labels';
import { OVERLAY } from '../i18n/overlay';
import { rowAt } from '../model/cells';
import type { CellRef, ParsedReport } from '../model/parsed';
import type { Analysis } from '../pipeline';
import type { AnnotateInput } from './annotate';

/**
 * CellRef → the page's <td> (or a PDF cell's location): the value's cell, or its row's label cell when the row has
 * a cell too few.
 */
export function cellElementOf<T>(report: ParsedReport, ref: CellRef, cells: readonly T[]): T | null {
  const row = rowAt(report, ref);
  const id = row?.values[ref.col]?.cell ?? row?.labelCell ?? null;
  return id === null ? null : (cells[id] ?? null);
}

export function marksFor(analysis: Analysis, cells: readonly HTMLElement[], locale: Locale): AnnotateInput {
  const { parsed, result } = analysis;
  return {
    strings: OVERLAY[locale],
    counts: result.summary,
    findings: result.findings.map((finding) => {
      const elements = finding.cells.map((ref) => cellElementOf(parsed, ref, cells)).filter((el): el is HTMLElement => el !== null);
      return {
        outcome: finding.outcome,
        rule: finding.rule,
        ...formatFinding(locale, finding),
        elements: [...new Set(elements)],
        primary: finding.cells[0] ? cellElementOf(parsed, finding.cells[0], cells) : null,
      };
    }),
  };
}
