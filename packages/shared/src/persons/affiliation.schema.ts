import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { VersionSchema } from '../common';
import { ImpreciseDateSchema } from '../dates';
import { longText, OptionalDateSchema, optionalText, RecordMetaSchema } from '../domain';
import { endNotBeforeStart } from './period-rule';

/** Membership / employment / representation of a person in an organisation over a period. */
const affiliationFields = {
  organisationId: z.uuid(),
  /** Free text: leader, member, journalist, lawyer, representative of strikers... */
  role: optionalText(200),
  startedOn: OptionalDateSchema,
  endedOn: OptionalDateSchema,
  notes: longText().nullable().optional(),
  confidentiality: ConfidentialitySchema.optional(),
};

export const CreateAffiliationInputSchema = z
  .strictObject(affiliationFields)
  .superRefine(endNotBeforeStart('startedOn', 'endedOn'));
export type CreateAffiliationInput = z.infer<typeof CreateAffiliationInputSchema>;

/** A partial update naming the version it read. The period is re-checked against the stored dates by the API. */
export const UpdateAffiliationInputSchema = z
  .strictObject({ ...affiliationFields, organisationId: z.uuid().optional(), version: VersionSchema })
  .superRefine(endNotBeforeStart('startedOn', 'endedOn'));
export type UpdateAffiliationInput = z.infer<typeof UpdateAffiliationInputSchema>;

export const AffiliationSchema = RecordMetaSchema.extend({
  personId: z.uuid(),
  organisation: z.object({ id: z.uuid(), name: z.string(), type: z.string() }),
  role: z.string().nullable(),
  startedOn: ImpreciseDateSchema.nullable(),
  endedOn: ImpreciseDateSchema.nullable(),
  notes: z.string().nullable(),
});
export type Affiliation = z.infer<typeof AffiliationSchema>;
