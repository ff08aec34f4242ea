// Findings of an analysis → what the annotator draws: the cells each finding involves, resolved to elements,
// and its message in the user's language.
import { formatMessage } from '../i18n/messages';
import type { Locale } from '../i18n/labels';
import { OVERLAY } from '../i18n/overlay';
import type { Analysis } from '../pipeline';
import { cellElementOf } from '../content/cells';
import type { AnnotateInput } from './annotate';

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
        message: formatMessage(locale, finding.key, finding.data),
        hint: finding.hint ? formatMessage(locale, finding.hint.key, finding.hint.data) : undefined,
        elements: [...new Set(elements)],
        primary: finding.cells[0] ? cellElementOf(parsed, finding.cells[0], cells) : null,
        ...(finding.sentence ? { sentence: parsed.prose.slice(finding.sentence.start, finding.sentence.end) } : {}),
      };
    }),
  };
}
