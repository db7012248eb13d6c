import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { VersionSchema } from '../common';
import { ImpreciseDateSchema } from '../dates';
import { longText, OptionalDateSchema, RecordMetaSchema } from '../domain';
import { endNotBeforeStart } from './period-rule';
import { DetentionKindSchema } from './person-status';

/**
 * A stretch of deprivation of liberty in one place; transfers are consecutive periods. An open
 * period (no end) drives the person's derived status.
 */
const detentionPeriodFields = {
  /** The prison, colony, detention centre or police unit (an organisation); null when not known yet. */
  facilityId: z.uuid().nullable().optional(),
  /** The case the detention belongs to, when known. */
  caseId: z.uuid().nullable().optional(),
  kind: DetentionKindSchema,
  startedOn: OptionalDateSchema,
  /** Null = still going on (or end not known). */
  endedOn: OptionalDateSchema,
  conditions: longText().nullable().optional(),
  illTreatmentAlleged: z.boolean().optional(),
  /** SENSITIVE: only users who may see restricted data receive it. */
  illTreatmentNotes: longText().nullable().optional(),
  confidentiality: ConfidentialitySchema.optional(),
};

export const CreateDetentionPeriodInputSchema = z
  .strictObject(detentionPeriodFields)
  .superRefine(endNotBeforeStart('startedOn', 'endedOn'));
export type CreateDetentionPeriodInput = z.infer<typeof CreateDetentionPeriodInputSchema>;

/** A partial update naming the version it read. The period is re-checked against the stored dates by the API. */
export const UpdateDetentionPeriodInputSchema = z
  .strictObject({ ...detentionPeriodFields, kind: DetentionKindSchema.optional(), version: VersionSchema })
  .superRefine(endNotBeforeStart('startedOn', 'endedOn'));
export type UpdateDetentionPeriodInput = z.infer<typeof UpdateDetentionPeriodInputSchema>;

export const DetentionPeriodSchema = RecordMetaSchema.extend({
  personId: z.uuid(),
  facility: z.object({ id: z.uuid(), name: z.string(), type: z.string() }).nullable(),
  case: z.object({ id: z.uuid(), title: z.string(), caseNumber: z.string().nullable() }).nullable(),
  kind: DetentionKindSchema,
  startedOn: ImpreciseDateSchema.nullable(),
  endedOn: ImpreciseDateSchema.nullable(),
  conditions: z.string().nullable(),
  illTreatmentAlleged: z.boolean(),
  /** Absent for users who may not see restricted data. */
  illTreatmentNotes: z.string().nullable().optional(),
});
export type DetentionPeriod = z.infer<typeof DetentionPeriodSchema>;
