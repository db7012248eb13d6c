import { z } from 'zod';
import { QueryBooleanSchema } from '../domain';

/*
 * Enums of the legal-process records, repeated here (not exported) so this file does not depend on
 * the cases area of the contract; they must match the database enums.
 */
const AppealLevel = z.enum(['appeal', 'cassation', 'supervisory', 'un_wgad', 'un_hrc', 'regional_court']);
const AppealStatus = z.enum([
  'planned',
  'filed',
  'pending',
  'upheld',
  'reduced',
  'overturned',
  'rejected',
  'withdrawn',
]);
const HearingKind = z.enum(['preliminary', 'trial_session', 'verdict', 'appeal_hearing', 'other']);

export const DeadlineKindSchema = z.enum(['appeal_deadline', 'hearing']);
export type DeadlineKind = z.infer<typeof DeadlineKindSchema>;

export const DeadlineListQuerySchema = z.object({
  /** How many days ahead, counting today as day 0. */
  days: z.coerce.number().int().min(0).max(366).default(14),
  /** Also list appeal deadlines that passed while the appeal was still only planned (default true). */
  includeOverdue: QueryBooleanSchema,
});
export type DeadlineListQuery = z.infer<typeof DeadlineListQuerySchema>;

/** One appeal deadline or hearing. `daysLeft` and `overdue` are derived from today's date, never stored. */
export const DeadlineSchema = z.object({
  kind: DeadlineKindSchema,
  /** Id of the appeal or hearing. */
  id: z.uuid(),
  /** The day: the appeal deadline, or the hearing's date. */
  date: z.iso.date(),
  /** Exact time of a scheduled hearing (UTC), when known. */
  scheduledAt: z.iso.datetime().nullable(),
  /** Days from today to `date`; negative when the deadline has passed. */
  daysLeft: z.number().int(),
  /** An appeal deadline that passed while the appeal was still planned. */
  overdue: z.boolean(),
  /** Short human label: "Appeal deadline (cassation)", "Hearing (trial session)". */
  label: z.string(),
  case: z.object({ id: z.uuid(), title: z.string(), caseNumber: z.string().nullable() }),
  /** The appellant; for a hearing, or an appeal with no appellant recorded, the case's defendants. */
  persons: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  appeal: z.object({ level: AppealLevel, status: AppealStatus, body: z.string().nullable() }).nullable(),
  hearing: z.object({ kind: HearingKind, court: z.string().nullable() }).nullable(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const DeadlineListSchema = z.object({
  /** Today's date as the server counted `daysLeft` from (UTC). */
  today: z.iso.date(),
  items: z.array(DeadlineSchema),
});
export type DeadlineList = z.infer<typeof DeadlineListSchema>;

/** The personal calendar feed: a secret URL calendar apps subscribe to (they cannot send cookies). */
export const CalendarFeedSchema = z.object({
  /** `/api/calendar/<token>.ics`, absolute when the server knows its public URL. Shown once: rotate to see a new one. */
  url: z.string(),
});
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;

/** The secret in a feed URL. Any string: a malformed token is just an unknown one (404). */
export const CalendarFeedParamSchema = z.strictObject({ token: z.string().min(1).max(200) });
