import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { VersionSchema } from '../common';
import { ImpreciseDateSchema } from '../dates';
import { longText, OptionalDateSchema, optionalText, RecordMetaSchema } from '../domain';
import { CaseOrganisationRefSchema, CasePersonRefSchema } from './refs.schema';

/** Matches the database enum hearing_kind. */
export const HearingKindSchema = z.enum([
  'preliminary',
  'trial_session',
  'verdict',
  'appeal_hearing',
  'other',
]);
export type HearingKind = z.infer<typeof HearingKindSchema>;

const hearingFields = {
  /** An organisation of type court. */
  courtId: z.uuid().nullable().optional(),
  /** The judge as a person record when known... */
  judgeId: z.uuid().nullable().optional(),
  /** ...or the name as reported. */
  judgeName: optionalText(300),
  kind: HearingKindSchema,
  /** Exact date and time when scheduled (ISO 8601 with offset): drives the "next hearing". */
  scheduledAt: z.iso.datetime({ offset: true }).nullable().optional(),
  /** When it took place, possibly imprecise. */
  heldOn: OptionalDateSchema,
  /** Open to the public; null = unknown. */
  isPublic: z.boolean().nullable().optional(),
  observersPresent: z.boolean().optional(),
  outcome: longText().nullable().optional(),
  confidentiality: ConfidentialitySchema.optional(),
};

export const CreateHearingInputSchema = z.strictObject(hearingFields);
export type CreateHearingInput = z.infer<typeof CreateHearingInputSchema>;

export const UpdateHearingInputSchema = z
  .strictObject(hearingFields)
  .partial()
  .extend({ version: VersionSchema });
export type UpdateHearingInput = z.infer<typeof UpdateHearingInputSchema>;

export const HearingSchema = RecordMetaSchema.extend({
  caseId: z.uuid(),
  court: CaseOrganisationRefSchema.nullable(),
  judge: CasePersonRefSchema.nullable(),
  judgeName: z.string().nullable(),
  kind: HearingKindSchema,
  scheduledAt: z.iso.datetime().nullable(),
  heldOn: ImpreciseDateSchema.nullable(),
  isPublic: z.boolean().nullable(),
  observersPresent: z.boolean(),
  outcome: z.string().nullable(),
});
export type Hearing = z.infer<typeof HearingSchema>;
