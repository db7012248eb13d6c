import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { PageQuerySchema, pageOf, VersionSchema } from '../common';
import { ImpreciseDateSchema } from '../dates';
import { ListTextQuerySchema, optionalText, RecordMetaSchema } from '../domain';
import { SourceCitationSchema } from '../sources/source.schema';
import { DateBoundQuerySchema, ImpreciseDateTextSchema } from './imprecise-date-text';

export const CaseUpdateKindSchema = z.enum([
  'arrest',
  'charge',
  'hearing',
  'verdict',
  'appeal',
  'transfer',
  'health',
  'release',
  'statement',
  'other',
]);
export type CaseUpdateKind = z.infer<typeof CaseUpdateKindSchema>;

export const CASE_UPDATE_BODY_MAX = 20_000;

/**
 * The fields of a case update. The date of the FACT comes either structured (`factOn`, what the web
 * form sends) or as typed text (`factOnText`: "12.2011", "December 2011", "2011").
 */
const caseUpdateFields = {
  personId: z.uuid().nullable().optional(),
  caseId: z.uuid().nullable().optional(),
  factOn: ImpreciseDateSchema.optional(),
  factOnText: ImpreciseDateTextSchema.optional(),
  kind: CaseUpdateKindSchema,
  title: optionalText(300),
  body: z.string().trim().min(1).max(CASE_UPDATE_BODY_MAX),
  /** Sources backing the update; replaces the whole list on update. */
  sourceIds: z
    .array(z.uuid())
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, 'lists a source twice')
    .optional(),
  /** Staff member who wrote it, when entered on someone's behalf; defaults to the current user. */
  authorId: z.uuid().optional(),
  confidentiality: ConfidentialitySchema.optional(),
};

/** At most one way of giving the date, and `wanted` says whether one is required. */
function checkFactDate(
  input: { factOn?: unknown; factOnText?: unknown },
  ctx: z.RefinementCtx,
  wanted: boolean,
): void {
  if (input.factOn !== undefined && input.factOnText !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['factOnText'],
      message: 'give either factOn or factOnText, not both',
    });
  } else if (wanted && input.factOn === undefined && input.factOnText === undefined) {
    ctx.addIssue({ code: 'custom', path: ['factOn'], message: 'the date of the fact is required' });
  }
}

/** One request creates the update with its sources; it must be about a person, a case, or both. */
export const AddCaseUpdateInputSchema = z.strictObject(caseUpdateFields).superRefine((input, ctx) => {
  if (!input.personId && !input.caseId) {
    ctx.addIssue({
      code: 'custom',
      path: ['personId'],
      message: 'a case update is about a person, a case, or both: give personId or caseId',
    });
  }
  checkFactDate(input, ctx, true);
});
export type AddCaseUpdateInput = z.infer<typeof AddCaseUpdateInputSchema>;

/** A partial update naming the version it read (the person/case rule is checked on the result). */
export const UpdateCaseUpdateInputSchema = z
  .strictObject({
    ...caseUpdateFields,
    kind: CaseUpdateKindSchema.optional(),
    body: caseUpdateFields.body.optional(),
  })
  .extend({ version: VersionSchema })
  .superRefine((input, ctx) => checkFactDate(input, ctx, false));
export type UpdateCaseUpdateInput = z.infer<typeof UpdateCaseUpdateInputSchema>;

/** A source cited by an update, with where in the source (page, minute) when recorded. */
export const CaseUpdateSourceSchema = SourceCitationSchema.extend({ locator: z.string().nullable() });

export const CaseUpdateSchema = RecordMetaSchema.extend({
  person: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  case: z.object({ id: z.uuid(), title: z.string(), caseNumber: z.string().nullable() }).nullable(),
  factOn: ImpreciseDateSchema,
  kind: CaseUpdateKindSchema,
  title: z.string().nullable(),
  body: z.string(),
  author: z.object({ id: z.uuid(), name: z.string() }),
  /** Only the sources the reader may see, identity fields redacted by the policy. */
  sources: z.array(CaseUpdateSourceSchema),
});
export type CaseUpdate = z.infer<typeof CaseUpdateSchema>;

export const CaseUpdatePageSchema = pageOf(CaseUpdateSchema);

/** A person's or a case's timeline: newest fact first (a vague date sorts by its first day). */
export const CaseUpdateTimelineQuerySchema = PageQuerySchema.extend({
  kind: CaseUpdateKindSchema.optional(),
  from: DateBoundQuerySchema,
  to: DateBoundQuerySchema,
});
export type CaseUpdateTimelineQuery = z.infer<typeof CaseUpdateTimelineQuerySchema>;

/** Recent updates across the whole case file. */
export const CaseUpdateListQuerySchema = CaseUpdateTimelineQuerySchema.extend({
  /** Full-text words in title and body (all must occur; any script, no stemming). */
  q: ListTextQuerySchema,
  personId: z.uuid().optional(),
  caseId: z.uuid().optional(),
  authorId: z.uuid().optional(),
  /** `createdAt`: what colleagues added lately; `factOn`: the newest facts. */
  sort: z.enum(['createdAt', 'factOn']).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseUpdateListQuery = z.infer<typeof CaseUpdateListQuerySchema>;
