// What every document adapter (PDF, DOCX, a saved HTML/MHTML page) hands to the one pipeline. An adapter turns a
// file into the same RawPage the DOM extractor produces; parse and check never learn where a table came from.
import type { RawPage } from '../model/raw';
import type { DocumentSource } from '../model/schema';

export type { DocumentSource } from '../model/schema';
export type SourceKind = DocumentSource['kind'];

/** Where a RawCell sits in its document, indexed by RawCell.id (kept out of the JSON, like DOM cell refs). */
export type CellLocation =
  | { kind: 'element'; element: Element }
  /** A PDF cell: 1-based page number and its box in PDF user-space units (origin bottom-left). */
  | { kind: 'pdf'; page: number; box: { x: number; y: number; width: number; height: number } };

export interface AdaptedDocument {
  source: DocumentSource;
  page: RawPage;
  cells: CellLocation[];
}

/** Why a file could not be read: a code for programs, a sentence in Chinese for people. Never a guessed number. */
export type AdapterErrorCode =
  | 'too-large'
  | 'timeout'
  | 'encrypted'
  | 'corrupt'
  | 'no-text'
  | 'legacy-doc'
  | 'unsupported-type';

export class AdapterError extends Error {
  constructor(
    readonly code: AdapterErrorCode,
    /** The message shown to the user, in Chinese. */
    readonly zh: string,
    /** The same in English. */
    readonly en: string,
  ) {
    super(en);
    this.name = 'AdapterError';
  }
}

/** What an adapter is given: the bytes and their name; an adapter never fetches anything itself. */
export interface DocumentInput {
  name: string;
  bytes: Uint8Array;
  url?: string;
}
