import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { PageQuerySchema, pageOf, VersionSchema } from '../common';
import { ImpreciseDateSchema } from '../dates';
import {
  longText,
  OptionalDateSchema,
  optionalText,
  QueryBooleanSchema,
  RecordMetaSchema,
  SortOrderSchema,
} from '../domain';
import { CalendarDaySchema, CaseOrganisationRefSchema, CasePersonRefSchema } from './refs.schema';

/** Matches the database enum appeal_level: domestic levels, then international bodies. */
export const AppealLevelSchema = z.enum([
  'appeal',
  'cassation',
  'supervisory',
  'un_wgad',
  'un_hrc',
  'regional_court',
]);
export type AppealLevel = z.infer<typeof AppealLevelSchema>;

/** Matches the database enum appeal_status. */
export const AppealStatusSchema = z.enum([
  'planned',
  'filed',
  'pending',
  'upheld',
  'reduced',
  'overturned',
  'rejected',
  'withdrawn',
]);
export type AppealStatus = z.infer<typeof AppealStatusSchema>;

/** Appeals still in motion (planned, filed, awaiting a decision): their deadlines matter, they count as pending. */
export const OPEN_APPEAL_STATUSES = [
  'planned',
  'filed',
  'pending',
] as const satisfies readonly AppealStatus[];

const appealFields = {
  level: AppealLevelSchema,
  status: AppealStatusSchema,
  /** The sentence appealed against (same case); the deadline may not precede its verdict. */
  sentenceId: z.uuid().nullable().optional(),
  /** The appellant, a participant of the case. */
  personId: z.uuid().nullable().optional(),
  /** The deciding body as an organisation (court, UN body)... */
  bodyId: z.uuid().nullable().optional(),
  /** ...or its name as free text. */
  bodyName: optionalText(300),
  filedOn: OptionalDateSchema,
  /** Exact last day to file. */
  deadline: CalendarDaySchema.nullable().optional(),
  decisionOn: OptionalDateSchema,
  /** What the decision changed (term reduced to 5 years, released, opinion adopted...). */
  resultingChange: longText(5000).nullable().optional(),
  notes: longText().nullable().optional(),
  confidentiality: ConfidentialitySchema.optional(),
};

export const CreateAppealInputSchema = z.strictObject({
  ...appealFields,
  status: AppealStatusSchema.default('planned'),
});
export type CreateAppealInput = z.infer<typeof CreateAppealInputSchema>;

export const UpdateAppealInputSchema = z
  .strictObject(appealFields)
  .partial()
  .extend({ version: VersionSchema });
export type UpdateAppealInput = z.infer<typeof UpdateAppealInputSchema>;

export const AppealSchema = RecordMetaSchema.extend({
  caseId: z.uuid(),
  level: AppealLevelSchema,
  status: AppealStatusSchema,
  sentenceId: z.uuid().nullable(),
  person: CasePersonRefSchema.nullable(),
  body: CaseOrganisationRefSchema.nullable(),
  bodyName: z.string().nullable(),
  filedOn: ImpreciseDateSchema.nullable(),
  deadline: z.string().nullable(),
  decisionOn: ImpreciseDateSchema.nullable(),
  resultingChange: z.string().nullable(),
  notes: z.string().nullable(),
  /** DERIVED: days from today (UTC) to the deadline; negative once it has passed; null without one. */
  daysUntilDeadline: z.number().int().nullable(),
  /** DERIVED: the deadline has passed and the appeal is still only planned (not filed). */
  overdue: z.boolean(),
});
export type Appeal = z.infer<typeof AppealSchema>;

/** A row of the appeals list page: the appeal and the case it belongs to. */
export const AppealListItemSchema = AppealSchema.extend({
  case: z.object({ id: z.uuid(), title: z.string(), caseNumber: z.string().nullable() }),
});
export type AppealListItem = z.infer<typeof AppealListItemSchema>;

export const AppealListQuerySchema = PageQuerySchema.extend({
  status: AppealStatusSchema.optional(),
  level: AppealLevelSchema.optional(),
  deadlineFrom: CalendarDaySchema.optional(),
  deadlineTo: CalendarDaySchema.optional(),
  /** true: only overdue appeals (see AppealSchema.overdue); false: only those that are not. */
  overdue: QueryBooleanSchema,
  personId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  sort: z.enum(['deadline', 'filedOn', 'createdAt', 'updatedAt']).default('deadline'),
  order: SortOrderSchema,
});
export type AppealListQuery = z.infer<typeof AppealListQuerySchema>;

export const AppealPageSchema = pageOf(AppealListItemSchema);
