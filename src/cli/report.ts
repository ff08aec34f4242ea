// A file → the contract JSON, through the same pipeline the extension runs (analyse → check → toReportJson).
// A document that is not a report, or that cannot be read, still gets a JSON: three tables null and page.status
// saying why (docs/json-contract.md, "Reports read from files").
import type { AdaptedDocument, DocumentSource, SourceKind } from '../adapters/types';
import type { CheckOptions } from '../check/types';
import { ReportJsonSchema, type ReportJson } from '../model/schema';
import { analyse } from '../pipeline';

function tablelessReport(
  source: ReportJson['source'],
  page: ReportJson['page'],
  options: CheckOptions,
): ReportJson {
  return ReportJsonSchema.parse({
    schemaVersion: 1,
    source,
    report: { agency: null, year: null, template: 'unknown' },
    activeDisclosure: null,
    applications: null,
    reviewLitigation: null,
    findings: [],
    summary: { fail: 0, warn: 0, review: 0, pass: 0 },
    page,
    notes: [],
    assumptions: { blanksAsZero: options.blanksAsZero },
  } satisfies ReportJson);
}

/** The report's JSON with `page.source`; a document that is not a report gets status not-a-report. */
export function reportOfDocument(doc: AdaptedDocument, options: CheckOptions): ReportJson {
  const analysis = analyse(doc.page, options);
  if (analysis) return ReportJsonSchema.parse({ ...analysis.json, page: { ...analysis.json.page, source: doc.source } });
  return tablelessReport(
    { url: doc.page.url, title: doc.page.title || doc.page.headlines[0] || '' },
    { status: 'not-a-report', attachments: doc.page.attachments, images: doc.page.images, source: doc.source },
    options,
  );
}

export function sourceKindOf(name: string): SourceKind {
  if (/\.pdf$/i.test(name)) return 'pdf';
  if (/\.docx?$/i.test(name)) return 'docx';
  return 'html';
}

/** An error that explains itself to people: AdapterError, the fetcher's FetchError. */
interface ExplainedError {
  code: string;
  zh: string;
  en: string;
}
const isExplained = (error: unknown): error is ExplainedError =>
  error instanceof Error && typeof (error as Partial<ExplainedError>).zh === 'string' && typeof (error as Partial<ExplainedError>).en === 'string';

/** The JSON of a file that could not be read: its error's code and messages in page.error. */
export function unreadableReport(source: DocumentSource, error: unknown, options: CheckOptions): ReportJson {
  const known = isExplained(error);
  const detail = error instanceof Error ? error.message : String(error);
  return tablelessReport(
    { url: source.url ?? '', title: '' },
    {
      status: 'unreadable',
      attachments: [],
      images: 0,
      source,
      error: {
        code: known ? error.code : 'internal',
        message: known ? error.zh : `读取此文件时出错：${detail}`,
        messageEn: known ? error.en : `Reading this file failed: ${detail}`,
      },
    },
    options,
  );
}
