// Findings → boxes on the rendered PDF pages: the PDF counterpart of annotate()'s outlined cells. Each cell a
// finding names gets one box in the colour of the most severe finding naming it.
import { cellElementOf } from '../annotate/marks';
import { formatFinding } from '../check/engine';
import type { Locale } from '../i18n/labels';
import type { Outcome } from '../model/schema';
import type { Analysis } from '../pipeline';
import type { CellLocation } from '../adapters/types';

type PdfLocation = Extract<CellLocation, { kind: 'pdf' }>;
export interface PdfMark {
  location: PdfLocation;
  outcome: Outcome;
  /** Indexes of the findings that name this cell, and their messages. */
  findings: number[];
  messages: string[];
}

const SEVERITY: Record<Outcome, number> = { fail: 3, warn: 2, review: 1 };

export function pdfMarks(analysis: Analysis, cells: readonly CellLocation[], locale: Locale): { marks: PdfMark[]; primary: (PdfMark | null)[] } {
  const byLocation = new Map<CellLocation, PdfMark>();
  const primary = analysis.result.findings.map((finding, index) => {
    const { message } = formatFinding(locale, finding);
    let first: PdfMark | null = null;
    for (const ref of finding.cells) {
      const location = cellElementOf(analysis.parsed, ref, cells);
      if (!location || location.kind !== 'pdf') continue;
      let mark = byLocation.get(location);
      if (!mark) byLocation.set(location, (mark = { location, outcome: finding.outcome, findings: [], messages: [] }));
      if (SEVERITY[finding.outcome] > SEVERITY[mark.outcome]) mark.outcome = finding.outcome;
      if (!mark.findings.includes(index)) {
        mark.findings.push(index);
        mark.messages.push(message);
      }
      first ??= mark;
    }
    return first;
  });
  return { marks: [...byLocation.values()], primary };
}
