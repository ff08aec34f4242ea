// Prose → sentences, each with its offsets in RawPage.prose (so the page can mark it) and its labelKey form
// (NFKC, no whitespace: what claims are read from). Pure: no DOM.
import { labelKey } from '../../text/normalize';

export interface Sentence {
  /** The sentence as printed (runs of whitespace collapsed, characters kept), for quoting in a message. */
  text: string;
  /** labelKey(text): "2023 年共收到依申请公开 121 件" → "2023年共收到依申请公开121件". */
  key: string;
  /** Offsets in the prose: prose.slice(start, end) is the sentence with its end mark. */
  start: number;
  end: number;
}

/**
 * A sentence ends at 。；！？ (and their ASCII forms) or at a line break: headings such as "六、其他需要报告的事项"
 * carry no end mark, and the article's paragraphs come out of extraction one per line.
 */
// A regular expression's scan, not a loop over prose[i]: indexing a string builds a one-character string per step,
// which made splitting the prose of seed 004 cost more than reading all its claims.
const SENTENCE_END = /[。；;！!？?\n]/g;

export function splitSentences(prose: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const flush = (end: number) => {
    const raw = prose.slice(start, end);
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text !== '') {
      // Leading whitespace is not part of the sentence on the page.
      const lead = raw.length - raw.trimStart().length;
      out.push({ text, key: labelKey(raw), start: start + lead, end: start + raw.trimEnd().length });
    }
    start = end;
  };
  for (const end of prose.matchAll(SENTENCE_END)) flush(end.index + 1);
  flush(prose.length);
  return out;
}

/** A sentence as quoted in a finding: without its end mark, at most `max` characters, cut with an ellipsis. */
export function quote(sentence: Sentence, max = 60): string {
  const text = sentence.text.replace(/[。；;！!？?]$/, '');
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
