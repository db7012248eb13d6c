import { z } from 'zod';
import { isValidIsoDate } from '../dates';

/** A month `YYYY-MM` for the time series bounds. */
export const StatisticsMonthSchema = z
  .string()
  .regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM')
  .refine((v) => isValidIsoDate(`${v}-01`), { message: 'is not a real month' });

/**
 * `GET /api/statistics?from=2011-01&to=2016-12&region=...`: who is counted (persons the user may
 * see, narrowed by the filters) and over which months the time series run (default: the last
 * 24 months; at most 50 years).
 */
export const StatisticsQuerySchema = z
  .strictObject({
    from: StatisticsMonthSchema.optional(),
    to: StatisticsMonthSchema.optional(),
    /** Residence region of the person. */
    region: z.string().trim().max(200).optional(),
    /** Persons charged under this provision. */
    legalProvisionId: z.uuid().optional(),
    /** Persons charged under a provision of this category. */
    category: z.string().trim().max(40).optional(),
    /** Persons taking part in this case (any role) or charged in it. */
    caseId: z.uuid().optional(),
    /** Persons linked to this event. */
    eventId: z.uuid().optional(),
    /** Persons affiliated with this organisation. */
    organisationId: z.uuid().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before from' });
export type StatisticsQuery = z.infer<typeof StatisticsQuerySchema>;

export const CountRowSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
export type CountRow = z.infer<typeof CountRowSchema>;

export const MonthlyPointSchema = z.object({
  /** `YYYY-MM` */
  month: z.string(),
  arrests: z.number().int(),
  releases: z.number().int(),
  /** Persons in custody on the last day of the month. */
  inDetention: z.number().int(),
});
export type MonthlyPoint = z.infer<typeof MonthlyPointSchema>;

/** Sentence length bands of imprisonment: <1y, 1-3y, 3-5y, 5-10y (10 included), >10y. */
export const SENTENCE_BANDS = ['lt1', '1to3', '3to5', '5to10', 'gt10'] as const;
export const SENTENCE_BAND_LABELS: Record<(typeof SENTENCE_BANDS)[number], string> = {
  lt1: 'Less than 1 year',
  '1to3': '1 to 3 years',
  '3to5': '3 to 5 years',
  '5to10': '5 to 10 years',
  gt10: 'More than 10 years',
};

export const StatisticsSchema = z.object({
  generatedAt: z.iso.datetime(),
  /** The day the current statuses are computed for (UTC). */
  asOf: z.string(),
  from: z.string(),
  to: z.string(),
  persons: z.number().int(),
  byStatus: z.array(CountRowSchema),
  byRegion: z.array(CountRowSchema),
  /** Distinct persons charged under each provision. */
  byProvision: z.array(CountRowSchema),
  byCategory: z.array(CountRowSchema),
  /** Imprisonment sentences in force (not superseded) by length. */
  sentenceBands: z.array(CountRowSchema),
  monthly: z.array(MonthlyPointSchema),
  /** Arrests and releases known only to the year: not placed in a month. */
  arrestsWithYearOnly: z.number().int(),
  releasesWithYearOnly: z.number().int(),
});
export type Statistics = z.infer<typeof StatisticsSchema>;
