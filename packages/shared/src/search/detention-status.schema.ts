import { z } from 'zod';
import { isValidIsoDate } from '../dates';

/**
 * "Who was in detention on 2012-06-01?": the statuses of a person that mean deprivation of
 * liberty, as derived by the shared person-status rules (persons/person-status.ts):
 * administrative arrest, temporary detention and psychiatric confinement are `detained`.
 */
export const DETENTION_STATUSES = ['imprisoned', 'pretrial_detention', 'house_arrest', 'detained'] as const;
export const DetentionStatusSchema = z.enum(DETENTION_STATUSES);
export type DetentionStatus = z.infer<typeof DetentionStatusSchema>;

/** A calendar day `YYYY-MM-DD` (format `date` in the OpenAPI document). */
export const IsoDayParamSchema = z.iso
  .date({ message: 'must be a date YYYY-MM-DD' })
  .refine(isValidIsoDate, 'is not a real calendar date');

export const StatusAtDateQuerySchema = z.strictObject({ date: IsoDayParamSchema });
export type StatusAtDateQuery = z.infer<typeof StatusAtDateQuerySchema>;

export const PersonInDetentionSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  status: DetentionStatusSchema,
});
export type PersonInDetention = z.infer<typeof PersonInDetentionSchema>;

export const StatusAtDateSchema = z.object({
  date: z.string(),
  /** Persons in detention on the date (that the actor may see). */
  total: z.number().int(),
  counts: z.object({
    imprisoned: z.number().int(),
    pretrial_detention: z.number().int(),
    house_arrest: z.number().int(),
    detained: z.number().int(),
  }),
  /** Sorted by display name. */
  persons: z.array(PersonInDetentionSchema),
});
export type StatusAtDate = z.infer<typeof StatusAtDateSchema>;
