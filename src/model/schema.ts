// The public JSON of docs/json-contract.md, defined once. zod/mini keeps the content-script bundle small
// (docs/toolchain.md, pins: classic zod adds ~23 kB gzip per bundle, mini ~5.5 kB).
import * as z from 'zod/mini';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  DISCLOSURE_FIELDS_2019,
  DISCLOSURE_FIELDS_2021,
  REVIEW_BLOCKS,
  REVIEW_COLUMNS,
} from './keys';

const count = z.nullable(z.number());

function objectOf<K extends string, S extends z.core.$ZodType>(keys: readonly K[], schema: S) {
  return z.object(Object.fromEntries(keys.map((key) => [key, schema])) as Record<K, S>);
}
function disclosureSchema(fields: Record<string, readonly string[]>) {
  return z.object(Object.fromEntries(Object.entries(fields).map(([item, keys]) => [item, objectOf(keys, count)])));
}

const applicantRow = objectOf(APPLICANT_COLUMNS, count);
export const ApplicationsSchema = z.object(
  Object.fromEntries(APPLICATION_ROWS.map((row) => [row, z.optional(applicantRow)])) as Record<
    (typeof APPLICATION_ROWS)[number],
    z.ZodMiniOptional<typeof applicantRow>
  >,
);
export const ReviewLitigationSchema = objectOf(REVIEW_BLOCKS, objectOf(REVIEW_COLUMNS, count));
export const ActiveDisclosureSchema = z.union([
  disclosureSchema(DISCLOSURE_FIELDS_2021),
  disclosureSchema(DISCLOSURE_FIELDS_2019),
]);

export const CellRefSchema = z.object({
  table: z.enum(['activeDisclosure', 'applications', 'reviewLitigation', 'narrative']),
  row: z.string(),
  col: z.string(),
});
export const OutcomeSchema = z.enum(['fail', 'warn', 'review']);
export const FindingSchema = z.object({
  rule: z.string(),
  scope: z.string(),
  outcome: OutcomeSchema,
  message: z.string(),
  expected: z.optional(z.nullable(z.number())),
  found: z.optional(z.nullable(z.number())),
  cells: z.array(CellRefSchema),
  /** Extra: a hint about the page (the split-digit hint), not a different outcome. */
  hint: z.optional(z.string()),
});

export const DocumentSourceSchema = z.object({
  kind: z.enum(['html', 'pdf', 'docx']),
  /** The file's name as chosen, or the page's title. */
  name: z.string(),
  url: z.optional(z.string()),
});

export const ReportJsonSchema = z.object({
  schemaVersion: z.literal(1),
  source: z.object({ url: z.string(), title: z.string() }),
  report: z.object({
    agency: z.nullable(z.string()),
    year: z.nullable(z.number()),
    template: z.enum(['2021', '2019', 'mixed', 'unknown']),
  }),
  activeDisclosure: z.nullable(ActiveDisclosureSchema),
  applications: z.nullable(ApplicationsSchema),
  reviewLitigation: z.nullable(ReviewLitigationSchema),
  findings: z.array(FindingSchema),
  summary: z.object({ fail: z.number(), warn: z.number(), review: z.number(), pass: z.number() }),
  // Extra fields (the contract allows additions): how the tables were found, and notes read inside cells.
  page: z.object({
    status: z.enum(['tables', 'no-html-tables', 'nonstandard-tables']),
    attachments: z.array(z.object({ url: z.string(), text: z.string() })),
    images: z.number(),
    /** What was read: the web page itself, or a PDF or Word file (optional: exports before it lack it). */
    source: z.optional(DocumentSourceSchema),
  }),
  notes: z.array(z.object({ cell: CellRefSchema, text: z.string() })),
  /** Assumptions the user switched on for these findings (blank cells read as 0). */
  assumptions: z.object({ blanksAsZero: z.boolean() }),
});

export type ReportJson = z.infer<typeof ReportJsonSchema>;
export type DocumentSource = z.infer<typeof DocumentSourceSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
