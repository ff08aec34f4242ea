// The prose of a parsed report read once: sentences, claims, their verdicts and the section headings. Several
// rules read the same prose; a WeakMap keeps one reading per parsed report (gone with it).
import type { ParsedReport } from '../../model/parsed';
import { proseClaims, type Claim, type NoneClaim } from './claims';
import { judgeClaims, type ClaimVerdict } from './readings';
import { sectionHeadings, type Section } from './sections';
import { splitSentences, type Sentence } from './sentences';

export interface ProseReading {
  sentences: Sentence[];
  claims: Claim[];
  none: NoneClaim[];
  verdicts: ClaimVerdict[];
  headings: Partial<Record<Section, number>>;
}

const readings = new WeakMap<ParsedReport, ProseReading>();

export function proseOf(report: ParsedReport): ProseReading {
  let found = readings.get(report);
  if (!found) {
    const sentences = splitSentences(report.prose);
    const { claims, none } = proseClaims(sentences);
    found = { sentences, claims, none, verdicts: judgeClaims(report, claims), headings: sectionHeadings(sentences) };
    readings.set(report, found);
  }
  return found;
}
