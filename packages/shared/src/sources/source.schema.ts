import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { DateBoundQuerySchema } from '../case-updates/imprecise-date-text';
import { PageQuerySchema, pageOf, VersionSchema } from '../common';
import { ImpreciseDateSchema } from '../dates';
import {
  ListTextQuerySchema,
  longText,
  OptionalDateSchema,
  optionalText,
  RecordMetaSchema,
  shortText,
} from '../domain';

export const SourceKindSchema = z.enum([
  'interview',
  'court_document',
  'media_article',
  'ngo_report',
  'official_statement',
  'other',
]);
export type SourceKind = z.infer<typeof SourceKindSchema>;

/**
 * Admiralty (NATO) grading. Reliability of the SOURCE: A completely reliable, B usually reliable,
 * C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.
 */
export const SourceReliabilitySchema = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type SourceReliability = z.infer<typeof SourceReliabilitySchema>;

/**
 * Admiralty credibility of the INFORMATION: 1 confirmed by other sources, 2 probably true,
 * 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged. The API speaks '1'..'6', as
 * PostgreSQL stores them (the Prisma enum names them c1..c6 only because an identifier cannot be a digit).
 */
export const InformationCredibilitySchema = z.enum(['1', '2', '3', '4', '5', '6']);
export type InformationCredibility = z.infer<typeof InformationCredibilitySchema>;

/** BCP 47 language tag such as ru, kk, en, en-GB. */
const LanguageTagSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as ru, kk or en')
  .max(35)
  .nullable()
  .optional();

/** Only web links: a `javascript:` or `file:` URL in a report is an attack, not a citation. */
const SourceUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(2000)
  .nullable()
  .optional();

const sourceFields = {
  kind: SourceKindSchema,
  title: shortText(500),
  citation: z.string().trim().max(2000).nullable().optional(),
  url: SourceUrlSchema,
  /** Media outlet / NGO / authority that published it (an organisation). */
  publisherId: z.uuid().nullable().optional(),
  publishedOn: OptionalDateSchema,
  /** Author or interviewee: an IDENTITY field, governed by identityConfidentiality. */
  author: optionalText(300),
  reliability: SourceReliabilitySchema.nullable().optional(),
  credibility: InformationCredibilitySchema.nullable().optional(),
  language: LanguageTagSchema,
  /** Level of the identity fields (author, contact): `restricted` for a witness who asked to stay anonymous. */
  identityConfidentiality: ConfidentialitySchema.optional(),
  /** How to reach the source: always sensitive (only users cleared for restricted data receive it). */
  contact: optionalText(1000),
  notes: longText().nullable().optional(),
  confidentiality: ConfidentialitySchema.optional(),
};

export const CreateSourceInputSchema = z.strictObject(sourceFields);
export type CreateSourceInput = z.infer<typeof CreateSourceInputSchema>;

export const UpdateSourceInputSchema = CreateSourceInputSchema.partial().extend({ version: VersionSchema });
export type UpdateSourceInput = z.infer<typeof UpdateSourceInputSchema>;

/**
 * A source as the API returns it. `author` and `contact` are ABSENT (not null) when the reader may
 * not see them: contact for anyone below restricted clearance, both for an anonymous witness.
 */
export const SourceSchema = RecordMetaSchema.extend({
  kind: SourceKindSchema,
  title: z.string(),
  citation: z.string().nullable(),
  url: z.string().nullable(),
  publisher: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  publishedOn: ImpreciseDateSchema.nullable(),
  author: z.string().nullable().optional(),
  reliability: SourceReliabilitySchema.nullable(),
  credibility: InformationCredibilitySchema.nullable(),
  /** The Admiralty grade as usually written, e.g. "B2" ("B" or "2" when half is known); null when ungraded. */
  grade: z.string().nullable(),
  language: z.string().nullable(),
  identityConfidentiality: ConfidentialitySchema,
  contact: z.string().nullable().optional(),
  notes: z.string().nullable(),
});
export type Source = z.infer<typeof SourceSchema>;

/** A source cited inside another record (a case update, a casualty figure): no contact, no notes. */
export const SourceCitationSchema = z.object({
  id: z.uuid(),
  kind: SourceKindSchema,
  title: z.string(),
  citation: z.string().nullable(),
  url: z.string().nullable(),
  publishedOn: ImpreciseDateSchema.nullable(),
  author: z.string().nullable().optional(),
  reliability: SourceReliabilitySchema.nullable(),
  credibility: InformationCredibilitySchema.nullable(),
  grade: z.string().nullable(),
  identityConfidentiality: ConfidentialitySchema,
  confidentiality: ConfidentialitySchema,
});
export type SourceCitation = z.infer<typeof SourceCitationSchema>;

export const SourceListQuerySchema = PageQuerySchema.extend({
  /** Matches title and citation, and the author where the reader may see it. */
  q: ListTextQuerySchema,
  kind: SourceKindSchema.optional(),
  reliability: SourceReliabilitySchema.optional(),
  credibility: InformationCredibilitySchema.optional(),
  publisherId: z.uuid().optional(),
  language: z.string().max(35).optional(),
  /** Published on or after (a vague publication date counts when its period reaches the bound). */
  from: DateBoundQuerySchema,
  to: DateBoundQuerySchema,
  sort: z.enum(['publishedOn', 'title', 'createdAt', 'updatedAt']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type SourceListQuery = z.infer<typeof SourceListQuerySchema>;

export const SourcePageSchema = pageOf(SourceSchema);

/** The Admiralty grade as written in reports ("B2"); null when neither half is known. */
export function admiraltyGrade(
  reliability: SourceReliability | null,
  credibility: InformationCredibility | null,
): string | null {
  if (!reliability && !credibility) return null;
  return `${reliability ?? ''}${credibility ?? ''}`;
}
