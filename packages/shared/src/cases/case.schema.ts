import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { PageQuerySchema, pageOf, VersionSchema } from '../common';
import { ImpreciseDateSchema } from '../dates';
import {
  CountryCodeSchema,
  ListTextQuerySchema,
  longText,
  OptionalDateSchema,
  optionalText,
  QueryBooleanSchema,
  RecordMetaSchema,
  shortText,
} from '../domain';
import { ProvisionCategorySchema } from '../legal-provisions';
import { CalendarDaySchema, CaseOrganisationRefSchema, CasePersonRefSchema } from '../proceedings';

/** Matches the database enum case_stage, in the order a case moves through them. */
export const CaseStageSchema = z.enum([
  'investigation',
  'pretrial',
  'trial',
  'verdict',
  'appeal',
  'cassation',
  'closed',
]);
export type CaseStage = z.infer<typeof CaseStageSchema>;

/** Matches the database enum case_role. */
export const CaseRoleSchema = z.enum([
  'defendant',
  'lawyer',
  'judge',
  'prosecutor',
  'witness',
  'victim',
  'observer',
]);
export type CaseRole = z.infer<typeof CaseRoleSchema>;

/** Fields a client may set; no defaults here, so a partial update leaves absent fields alone. */
const caseFields = {
  /** Official number; not unique (numbering differs per country and authority). */
  caseNumber: optionalText(100),
  title: shortText(500),
  country: CountryCodeSchema,
  region: optionalText(200),
  /** The court currently hearing the case (an organisation of type court). */
  courtId: z.uuid().nullable().optional(),
  stage: CaseStageSchema,
  summary: longText().nullable().optional(),
  openedOn: OptionalDateSchema,
  confidentiality: ConfidentialitySchema.optional(),
};

export const CreateCaseInputSchema = z.strictObject({
  ...caseFields,
  stage: CaseStageSchema.default('investigation'),
  /** Events the case arises from (more can be linked later). */
  eventIds: z.array(z.uuid()).max(50).optional(),
});
export type CreateCaseInput = z.infer<typeof CreateCaseInputSchema>;

export const UpdateCaseInputSchema = z.strictObject(caseFields).partial().extend({ version: VersionSchema });
export type UpdateCaseInput = z.infer<typeof UpdateCaseInputSchema>;

/** A case as listed, and the head of its detail. */
export const LegalCaseSchema = RecordMetaSchema.extend({
  caseNumber: z.string().nullable(),
  title: z.string(),
  country: z.string().nullable(),
  region: z.string().nullable(),
  court: CaseOrganisationRefSchema.nullable(),
  stage: CaseStageSchema,
  summary: z.string().nullable(),
  openedOn: ImpreciseDateSchema.nullable(),
  /** Defendants the reader may see, by name. */
  defendants: z.array(CasePersonRefSchema),
});
export type LegalCase = z.infer<typeof LegalCaseSchema>;

export const CaseListQuerySchema = PageQuerySchema.extend({
  /** Case number or title, in any script. */
  q: ListTextQuerySchema,
  stage: CaseStageSchema.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: z.string().max(200).optional(),
  courtId: z.uuid().optional(),
  /** Cases arising from this event. */
  eventId: z.uuid().optional(),
  /** Cases in which this person takes part (any role). */
  personId: z.uuid().optional(),
  /** Cases with a charge under this provision. */
  legalProvisionId: z.uuid().optional(),
  /** Cases with a charge under a provision of this category (extremism, mass riots...). */
  provisionCategory: ProvisionCategorySchema.optional(),
  /** Only the cases assigned to the requesting user. */
  assignedToMe: QueryBooleanSchema,
  /** true: cases with an appeal planned, filed or pending; false: cases with none. */
  hasPendingAppeal: QueryBooleanSchema,
  openedFrom: CalendarDaySchema.optional(),
  openedTo: CalendarDaySchema.optional(),
  sort: z.enum(['updatedAt', 'createdAt', 'openedOn', 'title', 'caseNumber', 'stage']).default('updatedAt'),
  /** Newest first by default: staff come back to the cases that moved. */
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

export const LegalCasePageSchema = pageOf(LegalCaseSchema);
