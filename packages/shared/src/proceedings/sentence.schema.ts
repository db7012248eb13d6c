import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { VersionSchema } from '../common';
import { ImpreciseDateSchema } from '../dates';
import { longText, OptionalDateSchema, optionalText, RecordMetaSchema } from '../domain';
import { CaseOrganisationRefSchema, CasePersonRefSchema } from './refs.schema';

/** Matches the database enum sentence_kind. */
export const SentenceKindSchema = z.enum([
  'imprisonment',
  'probation',
  'restricted_freedom',
  'fine',
  'suspended',
  'other',
]);
export type SentenceKind = z.infer<typeof SentenceKindSchema>;

/** Term parts as written in a verdict; the caps only keep typos and hostile numbers out. */
const termPart = (max: number) => z.number().int().min(0).max(max);

const sentenceFields = {
  /** A defendant of the case. */
  personId: z.uuid(),
  verdictOn: OptionalDateSchema,
  /** An organisation of type court. */
  courtId: z.uuid().nullable().optional(),
  /** The verdict as reported (convicted on all counts, partially acquitted...). */
  outcome: optionalText(1000),
  kind: SentenceKindSchema,
  termYears: termPart(99),
  termMonths: termPart(1199),
  termDays: termPart(36_500),
  fineAmount: z.number().min(0).max(1_000_000_000_000).multipleOf(0.01).nullable().optional(),
  /** ISO 4217 (KZT). */
  fineCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as KZT')
    .nullable()
    .optional(),
  /** As named by the jurisdiction: general, strict, maximum security... */
  regime: optionalText(200),
  /** Start of the term (may precede the verdict when pretrial detention is credited). */
  startedOn: OptionalDateSchema,
  actualReleaseOn: OptionalDateSchema,
  /** The earlier sentence of the same case this one replaces (after an appeal, a pardon, an amnesty). */
  supersedesId: z.uuid().nullable().optional(),
  notes: longText().nullable().optional(),
  confidentiality: ConfidentialitySchema.optional(),
};

export const CreateSentenceInputSchema = z.strictObject({
  ...sentenceFields,
  termYears: sentenceFields.termYears.default(0),
  termMonths: sentenceFields.termMonths.default(0),
  termDays: sentenceFields.termDays.default(0),
});
export type CreateSentenceInput = z.infer<typeof CreateSentenceInputSchema>;

export const UpdateSentenceInputSchema = z
  .strictObject(sentenceFields)
  .partial()
  .extend({ version: VersionSchema });
export type UpdateSentenceInput = z.infer<typeof UpdateSentenceInputSchema>;

export const SentenceSchema = RecordMetaSchema.extend({
  caseId: z.uuid(),
  person: CasePersonRefSchema,
  court: CaseOrganisationRefSchema.nullable(),
  verdictOn: ImpreciseDateSchema.nullable(),
  outcome: z.string().nullable(),
  kind: SentenceKindSchema,
  termYears: z.number().int(),
  termMonths: z.number().int(),
  termDays: z.number().int(),
  fineAmount: z.number().nullable(),
  fineCurrency: z.string().nullable(),
  regime: z.string().nullable(),
  startedOn: ImpreciseDateSchema.nullable(),
  /** DERIVED: start + term (see expectedSentenceEnd); null without a start or a term. */
  expectedEndOn: ImpreciseDateSchema.nullable(),
  actualReleaseOn: ImpreciseDateSchema.nullable(),
  supersedesId: z.uuid().nullable(),
  notes: z.string().nullable(),
});
export type Sentence = z.infer<typeof SentenceSchema>;
