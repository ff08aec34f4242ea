// The six sections of the national format (docs/report-format.md "Sections"), found by their headings' words,
// not their numbers: titles vary ("五、存在的主要问题和改进情况", "…及整改措施") and numbering shifts.
import type { ParsedReport } from '../../model/parsed';
import type { Sentence } from './sentences';

/**
 * The page holds a report in the national format: its tables and its text are on the page, and the tables are the
 * format's. A page whose report is an attachment or pictures has no sections to look for; a pre-2019 free-form
 * report had no such format.
 */
export function followsFormat(report: ParsedReport): boolean {
  return report.status === 'tables' && report.report.template !== 'unknown' && report.prose.trim() !== '';
}

export const SECTIONS = ['overview', 'proactive', 'requests', 'reviewLitigation', 'problems', 'other'] as const;
export type Section = (typeof SECTIONS)[number];

const SECTION_WORDS: Record<Section, RegExp> = {
  overview: /总体情况/,
  proactive: /主动公开/,
  requests: /收到和处理|依申请公开/,
  reviewLitigation: /复议|诉讼/,
  problems: /问题|改进|整改/,
  other: /其他需要报告/,
};
/** "一、总体情况", "五、存在的主要问题及改进情况": a short line opening with a Chinese ordinal and 、. */
const HEADING = /^[一二三四五六七八九十]{1,2}[、.]/;
const MAX_HEADING = 40;

/** The index of each section's heading among the sentences (first match in format order). */
export function sectionHeadings(sentences: readonly Sentence[]): Partial<Record<Section, number>> {
  const found: Partial<Record<Section, number>> = {};
  let from = 0;
  for (const section of SECTIONS) {
    for (let i = from; i < sentences.length; i++) {
      const { key } = sentences[i]!;
      if (key.length <= MAX_HEADING && HEADING.test(key) && SECTION_WORDS[section].test(key)) {
        found[section] = i;
        from = i + 1;
        break;
      }
    }
  }
  return found;
}

/** The sentences of a section: after its heading, up to the next heading found (or the end of the prose). */
export function sectionSentences(sentences: readonly Sentence[], section: Section, headings = sectionHeadings(sentences)): Sentence[] | null {
  const start = headings[section];
  if (start === undefined) return null;
  const later = Object.values(headings).filter((index) => index > start);
  return sentences.slice(start + 1, later.length ? Math.min(...later) : sentences.length);
}
