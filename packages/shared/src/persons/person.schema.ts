import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { PageQuerySchema, pageOf, VersionSchema } from '../common';
import { ImpreciseDateSchema, isValidIsoDate } from '../dates';
import {
  ListTextQuerySchema,
  longText,
  NameVariantInputSchema,
  NameVariantSchema,
  OptionalDateSchema,
  optionalText,
  QueryBooleanSchema,
  RecordMetaSchema,
  SortOrderSchema,
  shortText,
} from '../domain';
import { ProvisionCategorySchema } from '../legal-provisions';
import { SentenceKindSchema } from '../proceedings/sentence.schema';
import { personListDateBound } from './date-bound';
import { PersonStatusSchema } from './person-status';

export const GenderSchema = z.enum(['female', 'male', 'other', 'unknown']);
export type Gender = z.infer<typeof GenderSchema>;

/**
 * Every spelling of the name: Владимир Козлов (cyrl, legal), Vladimir Kozlov (lat, transliteration).
 * A value appears once per script (database unique key) and at most one variant per script is primary.
 */
export const PersonNamesInputSchema = z
  .array(NameVariantInputSchema)
  .max(50)
  .superRefine((names, ctx) => {
    const seen = new Set<string>();
    const primaryScripts = new Set<string>();
    names.forEach((n, i) => {
      const key = `${n.script}\u0000${n.value}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [i, 'value'], message: 'is listed twice for this script' });
      }
      seen.add(key);
      if (n.isPrimary) {
        if (primaryScripts.has(n.script)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'isPrimary'],
            message: 'only one name per script can be primary',
          });
        }
        primaryScripts.add(n.script);
      }
    });
  });

/** No top-level defaults here: the update schema reuses these fields, and an omitted field must stay unchanged. */
const personFields = {
  /** Primary display name (usually the Latin form); all spellings go in `names`. */
  displayName: shortText(300),
  /** Replaces all name variants when given. */
  names: PersonNamesInputSchema.optional(),
  gender: GenderSchema.optional(),
  birthDate: OptionalDateSchema,
  /** Free text or ISO 3166-1 alpha-2 code: dual nationality and statelessness happen. */
  nationality: optionalText(100),
  ethnicity: optionalText(100),
  occupation: optionalText(300),
  residenceRegion: optionalText(200),
  notes: longText().nullable().optional(),
  /** SENSITIVE: only users who may see restricted data receive it. */
  healthNotes: longText().nullable().optional(),
  /** SENSITIVE: only users who may see restricted data receive it. */
  address: optionalText(1000),
  /** Only for what detention data cannot express (exiled, disappeared, deceased); null = derive. */
  statusOverride: PersonStatusSchema.nullable().optional(),
  /** Since when the override applies. */
  statusOverrideOn: OptionalDateSchema,
  confidentiality: ConfidentialitySchema.optional(),
};

export const CreatePersonInputSchema = z.strictObject(personFields);
export type CreatePersonInput = z.infer<typeof CreatePersonInputSchema>;

/** A partial update naming the version it read. */
export const UpdatePersonInputSchema = z.strictObject({
  ...personFields,
  displayName: personFields.displayName.optional(),
  version: VersionSchema,
});
export type UpdatePersonInput = z.infer<typeof UpdatePersonInputSchema>;

/** The person's own fields: what create/update write and what the audit trail records. */
export const PersonSchema = RecordMetaSchema.extend({
  displayName: z.string(),
  names: z.array(NameVariantSchema),
  gender: GenderSchema,
  birthDate: ImpreciseDateSchema.nullable(),
  nationality: z.string().nullable(),
  ethnicity: z.string().nullable(),
  occupation: z.string().nullable(),
  residenceRegion: z.string().nullable(),
  notes: z.string().nullable(),
  /** Absent for users who may not see restricted data. */
  healthNotes: z.string().nullable().optional(),
  /** Absent for users who may not see restricted data. */
  address: z.string().nullable().optional(),
  statusOverride: PersonStatusSchema.nullable(),
  statusOverrideOn: ImpreciseDateSchema.nullable(),
});
export type Person = z.infer<typeof PersonSchema>;

/** One row of the persons list. `status` is derived on `statusOn` (default today). */
export const PersonListItemSchema = RecordMetaSchema.extend({
  displayName: z.string(),
  names: z.array(NameVariantSchema),
  gender: GenderSchema,
  birthDate: ImpreciseDateSchema.nullable(),
  nationality: z.string().nullable(),
  occupation: z.string().nullable(),
  residenceRegion: z.string().nullable(),
  status: PersonStatusSchema,
  /** Start of the earliest detention period the user may see. */
  firstDetainedOn: ImpreciseDateSchema.nullable(),
  /**
   * The sentence in force the user may see (the latest verdict among those not superseded), with
   * the release it leads to: the actual one when recorded, else the expected one (start + term).
   */
  sentence: z
    .object({
      kind: SentenceKindSchema,
      term: z.object({ years: z.number().int(), months: z.number().int(), days: z.number().int() }),
      verdictOn: ImpreciseDateSchema.nullable(),
      releaseOn: ImpreciseDateSchema.nullable(),
      /** Whether releaseOn is the recorded release (true) or the expected one (false). */
      released: z.boolean(),
    })
    .nullable(),
});
export type PersonListItem = z.infer<typeof PersonListItemSchema>;
export const PersonPageSchema = pageOf(PersonListItemSchema);
export type PersonPage = z.infer<typeof PersonPageSchema>;

/** `YYYY-MM-DD` that names a real day. */
const IsoDayQuerySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in YYYY-MM-DD form')
  .refine(isValidIsoDate, 'must be a real calendar date');

/**
 * A date filter bound that may be imprecise: `2011`, `2011-12` or `2011-12-16`. A `from` bound
 * means the first day of that period, a `to` bound its last day, so arrestedFrom=2011-12 &
 * arrestedTo=2011-12 is "arrested in December 2011".
 */
const ImpreciseDayQuerySchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  // '2011' -> 2011-01-01, '2011-12' -> 2011-12-01, '2011-12-16' itself: each must be a real day.
  .refine((v) => isValidIsoDate(`${v}-01-01`.slice(0, 10)), { message: 'must be a real calendar date' });

export const PersonSortSchema = z.enum(['displayName', 'createdAt', 'updatedAt', 'birthDate']);

export const PersonListQuerySchema = z
  .strictObject({
    ...PageQuerySchema.shape,
    /** Any part of any spelling, in any script: `Козлов`, `kozlov vladimir`. */
    q: ListTextQuerySchema,
    status: PersonStatusSchema.optional(),
    /** The day `status` is evaluated on (default today): "who was in detention on 2012-06-01". */
    statusOn: IsoDayQuerySchema.optional(),
    /** Residence region, case-insensitive. */
    region: z.string().trim().max(200).optional(),
    gender: GenderSchema.optional(),
    /** Has an affiliation with this organisation. */
    organisationId: z.uuid().optional(),
    /** Linked to this event. */
    eventId: z.uuid().optional(),
    /** Participant in, or charged in, this case. */
    caseId: z.uuid().optional(),
    /** Has a charge under this legal provision. */
    legalProvisionId: z.uuid().optional(),
    /** First detention started on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
    arrestedFrom: ImpreciseDayQuerySchema.optional(),
    /** First detention started on or before this date (YYYY, YYYY-MM or YYYY-MM-DD). */
    arrestedTo: ImpreciseDayQuerySchema.optional(),
    /** Has a charge under a provision of this category (extremism, mass riots...). */
    provisionCategory: ProvisionCategorySchema.optional(),
    /**
     * A verdict falls in this range. An imprecise verdict date counts when its period overlaps
     * the range: a verdict of "2012" matches verdictFrom=2012-06.
     */
    verdictFrom: ImpreciseDayQuerySchema.optional(),
    verdictTo: ImpreciseDayQuerySchema.optional(),
    /** A release (end of a detention, or actual release from a sentence) falls in this range (overlap, as verdicts). */
    releasedFrom: ImpreciseDayQuerySchema.optional(),
    releasedTo: ImpreciseDayQuerySchema.optional(),
    /** A sentence in force (not superseded) with a term of at least this many months. */
    sentenceMinMonths: z.coerce.number().int().min(0).max(1200).optional(),
    /** A sentence in force (not superseded) with a term of at most this many months. */
    sentenceMaxMonths: z.coerce.number().int().min(0).max(1200).optional(),
    /** true: an appeal planned, filed or pending concerns the person (theirs, or their case's); false: none. */
    hasPendingAppeal: QueryBooleanSchema,
    sort: PersonSortSchema.default('displayName'),
    order: SortOrderSchema,
  })
  .superRefine((q, ctx) => {
    if (
      q.arrestedFrom &&
      q.arrestedTo &&
      personListDateBound(q.arrestedTo, 'to') < personListDateBound(q.arrestedFrom, 'from')
    ) {
      ctx.addIssue({ code: 'custom', path: ['arrestedTo'], message: 'must not be before arrestedFrom' });
    }
    for (const [from, to] of [
      ['verdictFrom', 'verdictTo'],
      ['releasedFrom', 'releasedTo'],
    ] as const) {
      const low = q[from];
      const high = q[to];
      if (low && high && personListDateBound(high, 'to') < personListDateBound(low, 'from')) {
        ctx.addIssue({ code: 'custom', path: [to], message: `must not be before ${from}` });
      }
    }
    if (
      q.sentenceMinMonths !== undefined &&
      q.sentenceMaxMonths !== undefined &&
      q.sentenceMaxMonths < q.sentenceMinMonths
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['sentenceMaxMonths'],
        message: 'must not be less than sentenceMinMonths',
      });
    }
  });
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;

export const PersonStatusQuerySchema = z.strictObject({
  /** Day to evaluate the status on (default today). */
  on: IsoDayQuerySchema.optional(),
});
export type PersonStatusQuery = z.infer<typeof PersonStatusQuerySchema>;
