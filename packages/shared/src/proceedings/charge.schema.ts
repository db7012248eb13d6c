import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { VersionSchema } from '../common';
import { ImpreciseDateSchema } from '../dates';
import { longText, OptionalDateSchema, RecordMetaSchema } from '../domain';
import { LegalProvisionRefSchema } from '../legal-provisions';
import { CasePersonRefSchema } from './refs.schema';

/** Matches the database enum charge_status. */
export const ChargeStatusSchema = z.enum(['pending', 'dropped', 'reclassified', 'convicted', 'acquitted']);
export type ChargeStatus = z.infer<typeof ChargeStatusSchema>;

/** Fields a client may set; no defaults here, so a partial update leaves absent fields alone. */
const chargeFields = {
  /** A defendant of the case (see the proceedings README). */
  personId: z.uuid(),
  legalProvisionId: z.uuid(),
  filedOn: OptionalDateSchema,
  status: ChargeStatusSchema,
  /** The charge of the same case this one was reclassified into. */
  reclassifiedToId: z.uuid().nullable().optional(),
  notes: longText().nullable().optional(),
  confidentiality: ConfidentialitySchema.optional(),
};

export const CreateChargeInputSchema = z.strictObject({
  ...chargeFields,
  status: ChargeStatusSchema.default('pending'),
});
export type CreateChargeInput = z.infer<typeof CreateChargeInputSchema>;

export const UpdateChargeInputSchema = z
  .strictObject(chargeFields)
  .partial()
  .extend({ version: VersionSchema });
export type UpdateChargeInput = z.infer<typeof UpdateChargeInputSchema>;

export const ChargeSchema = RecordMetaSchema.extend({
  caseId: z.uuid(),
  person: CasePersonRefSchema,
  provision: LegalProvisionRefSchema,
  filedOn: ImpreciseDateSchema.nullable(),
  status: ChargeStatusSchema,
  reclassifiedToId: z.uuid().nullable(),
  notes: z.string().nullable(),
});
export type Charge = z.infer<typeof ChargeSchema>;
