import { z } from 'zod';
import { isValidIsoDate } from '../dates';
import { LIST_EXPORT_KINDS } from './export-columns';

export const ListExportKindSchema = z.enum(LIST_EXPORT_KINDS);

/** csv: UTF-8 text for any tool; xlsx: a workbook with real dates and numbers. */
export const ExportFileFormatSchema = z.enum(['csv', 'xlsx']);
export type ExportFileFormat = z.infer<typeof ExportFileFormatSchema>;

/** full: what the user may see; public: only public records and public columns (for publication). */
export const ExportVariantSchema = z.enum(['full', 'public']);
export type ExportVariant = z.infer<typeof ExportVariantSchema>;

/** Language of dates ("December 2011", "декабрь 2011", "2011 ж. желтоқсан") and provision titles. */
export const ExportLanguageSchema = z.enum(['en', 'ru', 'kk']);
export type ExportLanguage = z.infer<typeof ExportLanguageSchema>;

/** `tab` because a literal tab is awkward in a URL. Excel in many locales expects `;`. */
export const ExportSeparatorSchema = z.enum([',', ';', 'tab']);
export type ExportSeparator = z.infer<typeof ExportSeparatorSchema>;

/** A period bound: `2011`, `2011-12` or `2011-12-16`; a vague bound covers its whole period. */
export const ExportDateBoundSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => isValidIsoDate(v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v), {
    message: 'is not a real date',
  });

const queryBoolean = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/**
 * The filters of the list exports: the same names as the list endpoints. Which ones apply depends on
 * the kind (the API answers 400 for a filter the kind does not have, and for a `status` outside that
 * kind's values: a person's derived status, a case's stage, a charge's or an appeal's status, a
 * sentence's kind, a case update's kind, an event's kind, an organisation's type).
 */
export const ExportFiltersSchema = z.strictObject({
  /**
   * Free text: names in any script (persons, charges, sentences, appeals, events, organisations),
   * case number or title, update text.
   */
  q: z.string().trim().max(200).optional(),
  status: z.string().trim().max(40).optional(),
  region: z.string().trim().max(200).optional(),
  /** ISO 3166-1 alpha-2 (KZ): events and organisations. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code (KZ)')
    .optional(),
  legalProvisionId: z.uuid().optional(),
  /** Provision category (extremism, mass_riots...). */
  category: z.string().trim().max(40).optional(),
  /** Court, detention facility, affiliation, appeal body or linked organisation, depending on the kind. */
  organisationId: z.uuid().optional(),
  eventId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  personId: z.uuid().optional(),
  /** Persons: a verdict / a release in this range (imprecise dates count when their period overlaps). */
  verdictFrom: ExportDateBoundSchema.optional(),
  verdictTo: ExportDateBoundSchema.optional(),
  releasedFrom: ExportDateBoundSchema.optional(),
  releasedTo: ExportDateBoundSchema.optional(),
  /** Persons: a sentence in force with a term in this range, in months. */
  sentenceMinMonths: z.coerce.number().int().min(0).max(1200).optional(),
  sentenceMaxMonths: z.coerce.number().int().min(0).max(1200).optional(),
  /** Persons and cases: an appeal planned, filed or pending (true) or none (false). */
  hasPendingAppeal: z.enum(['true', 'false']).optional(),
  /** On the kind's main date: arrest, opening, filing, verdict, deadline, fact date, event period. */
  from: ExportDateBoundSchema.optional(),
  to: ExportDateBoundSchema.optional(),
});
export type ExportFilters = z.infer<typeof ExportFiltersSchema>;

const ExportOptionsShape = {
  format: ExportFileFormatSchema.default('csv'),
  variant: ExportVariantSchema.default('full'),
  lang: ExportLanguageSchema.default('en'),
  separator: ExportSeparatorSchema.default(','),
};

/** `GET /api/exports/<kind>?format=csv&columns=a,b&bom=true&separator=;&variant=public&<filters>` */
export const ExportQuerySchema = ExportFiltersSchema.extend({
  ...ExportOptionsShape,
  /** Comma-separated column keys (see EXPORT_COLUMNS); default: the kind's usual columns. */
  columns: z
    .string()
    .max(2000)
    .transform((v) =>
      v
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .optional(),
  /** A UTF-8 byte-order mark first, so Excel opens Cyrillic correctly. */
  bom: queryBoolean,
  /** Run as a background job even when small (202 with the job). */
  async: queryBoolean,
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** `POST /api/exports/jobs`: a list export run in the background. */
export const CreateExportJobInputSchema = z.strictObject({
  kind: ListExportKindSchema,
  ...ExportOptionsShape,
  columns: z.array(z.string().trim().min(1).max(60)).max(60).optional(),
  filters: ExportFiltersSchema.default({}),
  bom: z.boolean().default(false),
});
export type CreateExportJobInput = z.infer<typeof CreateExportJobInputSchema>;

export const ExportJobStatusSchema = z.enum(['queued', 'running', 'done', 'failed']);

export const ExportJobSchema = z.object({
  id: z.uuid(),
  kind: ListExportKindSchema,
  format: ExportFileFormatSchema,
  status: ExportJobStatusSchema,
  rowsDone: z.number().int(),
  /** Null until the rows are counted. */
  rowsTotal: z.number().int().nullable(),
  /** 0-100, null until counted. */
  percent: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  /** Where to fetch the file once done (`/api/exports/jobs/<id>/download`). */
  downloadUrl: z.string().nullable(),
});
export type ExportJob = z.infer<typeof ExportJobSchema>;

export const ExportJobListSchema = z.object({ items: z.array(ExportJobSchema) });
export type ExportJobList = z.infer<typeof ExportJobListSchema>;
