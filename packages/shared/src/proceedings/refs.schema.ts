import { z } from 'zod';
import { isValidIsoDate } from '../dates';

/**
 * Small shapes shared by the records of a legal proceeding. Linked records come out as
 * readable names with their id, never as bare ids, so a screen or an export needs no second call.
 */
export const CasePersonRefSchema = z.object({ id: z.uuid(), displayName: z.string() });
export type CasePersonRef = z.infer<typeof CasePersonRefSchema>;

export const CaseOrganisationRefSchema = z.object({ id: z.uuid(), name: z.string() });
export type CaseOrganisationRef = z.infer<typeof CaseOrganisationRefSchema>;

/**
 * An exact calendar day 'YYYY-MM-DD' (an appeal deadline, a list filter bound). Unlike imprecise
 * dates a deadline is always a precise day: "some time in 2012" is not a deadline.
 */
export const CalendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in YYYY-MM-DD form')
  .refine((v) => isValidIsoDate(v) && v >= '1900-01-01' && v <= '2100-12-31', {
    message: 'must be a real calendar day between 1900 and 2100',
  });
