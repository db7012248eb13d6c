import { z } from 'zod';
import { ConfidentialitySchema } from '../auth';
import { DateBoundQuerySchema } from '../case-updates/imprecise-date-text';
import { PageQuerySchema, pageOf, VersionSchema } from '../common';
import { ImpreciseDateSchema } from '../dates';
import {
  CountryCodeSchema,
  ListTextQuerySchema,
  longText,
  NameVariantInputSchema,
  NameVariantSchema,
  OptionalDateSchema,
  optionalText,
  RecordMetaSchema,
  shortText,
} from '../domain';
import { SourceCitationSchema } from '../sources/source.schema';

export const EventKindSchema = z.enum(['strike', 'protest', 'clash', 'raid', 'closure', 'ban', 'other']);
export type EventKind = z.infer<typeof EventKindSchema>;

/** Role of a person or an organisation in an event (HURIDOCS-like). */
export const EventParticipantRoleSchema = z.enum([
  'victim',
  'participant',
  'alleged_perpetrator',
  'witness',
  'organiser',
]);
export type EventParticipantRole = z.infer<typeof EventParticipantRoleSchema>;

export const CasualtyKindSchema = z.enum(['killed', 'injured', 'detained', 'convicted', 'disappeared']);
export type CasualtyKind = z.infer<typeof CasualtyKindSchema>;

/** How exact a figure is: "at least 16 killed", "about 100 injured". */
export const CountQualifierSchema = z.enum(['exact', 'at_least', 'at_most', 'approximately']);
export type CountQualifier = z.infer<typeof CountQualifierSchema>;

const eventFields = {
  title: shortText(300),
  kind: EventKindSchema,
  description: longText().nullable().optional(),
  startedOn: OptionalDateSchema,
  /** Null for a one-day event or one still going on. */
  endedOn: OptionalDateSchema,
  country: CountryCodeSchema,
  region: optionalText(200),
  /** Town, square or address as reported (Zhanaozen, central square). */
  place: optionalText(300),
  confidentiality: ConfidentialitySchema.optional(),
  /** Other names and spellings of the event or its place; replaces all variants when given. */
  names: z.array(NameVariantInputSchema).max(50).optional(),
};

export const CreateEventInputSchema = z.strictObject(eventFields);
export type CreateEventInput = z.infer<typeof CreateEventInputSchema>;

export const UpdateEventInputSchema = CreateEventInputSchema.partial().extend({ version: VersionSchema });
export type UpdateEventInput = z.infer<typeof UpdateEventInputSchema>;

export const AddEventCasualtyInputSchema = z.strictObject({
  kind: CasualtyKindSchema,
  count: z.number().int().min(0).max(10_000_000),
  qualifier: CountQualifierSchema.default('exact'),
  /** Who reported the figure; conflicting figures from different sources are kept side by side. */
  sourceId: z.uuid().nullable().optional(),
  reportedOn: OptionalDateSchema,
  notes: longText(5000).nullable().optional(),
  confidentiality: ConfidentialitySchema.optional(),
});
export type AddEventCasualtyInput = z.infer<typeof AddEventCasualtyInputSchema>;

export const LinkEventPersonInputSchema = z.strictObject({
  personId: z.uuid(),
  role: EventParticipantRoleSchema,
  notes: longText(5000).nullable().optional(),
  /** A witness link can itself endanger someone. */
  confidentiality: ConfidentialitySchema.optional(),
});
export type LinkEventPersonInput = z.infer<typeof LinkEventPersonInputSchema>;

export const LinkEventOrganisationInputSchema = z.strictObject({
  organisationId: z.uuid(),
  role: EventParticipantRoleSchema,
  notes: longText(5000).nullable().optional(),
});
export type LinkEventOrganisationInput = z.infer<typeof LinkEventOrganisationInputSchema>;

export const EventCasualtySchema = RecordMetaSchema.extend({
  eventId: z.uuid(),
  kind: CasualtyKindSchema,
  count: z.number().int(),
  qualifier: CountQualifierSchema,
  /** Null when unsourced, or when the reader may not see the source. */
  source: SourceCitationSchema.nullable(),
  reportedOn: ImpreciseDateSchema.nullable(),
  notes: z.string().nullable(),
});
export type EventCasualty = z.infer<typeof EventCasualtySchema>;

export const EventPersonLinkSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  person: z.object({ id: z.uuid(), displayName: z.string() }),
  role: EventParticipantRoleSchema,
  notes: z.string().nullable(),
  confidentiality: ConfidentialitySchema,
  version: z.number().int(),
});
export type EventPersonLink = z.infer<typeof EventPersonLinkSchema>;

export const EventOrganisationLinkSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  organisation: z.object({ id: z.uuid(), name: z.string(), type: z.string() }),
  role: EventParticipantRoleSchema,
  notes: z.string().nullable(),
});
export type EventOrganisationLink = z.infer<typeof EventOrganisationLinkSchema>;

export const EventSummarySchema = RecordMetaSchema.extend({
  title: z.string(),
  kind: EventKindSchema,
  description: z.string().nullable(),
  startedOn: ImpreciseDateSchema.nullable(),
  endedOn: ImpreciseDateSchema.nullable(),
  country: z.string().nullable(),
  region: z.string().nullable(),
  place: z.string().nullable(),
  names: z.array(NameVariantSchema),
});
export type EventSummary = z.infer<typeof EventSummarySchema>;

/** The event page: everything linked to it that the reader may see. */
export const EventDetailSchema = EventSummarySchema.extend({
  casualties: z.array(EventCasualtySchema),
  persons: z.array(EventPersonLinkSchema),
  organisations: z.array(EventOrganisationLinkSchema),
  cases: z.array(
    z.object({ id: z.uuid(), title: z.string(), caseNumber: z.string().nullable(), stage: z.string() }),
  ),
});
export type EventDetail = z.infer<typeof EventDetailSchema>;

export const EventListQuerySchema = PageQuerySchema.extend({
  /** Title, name variants and place, in any script: Zhanaozen = Janaozen = Жанаозен. */
  q: ListTextQuerySchema,
  kind: EventKindSchema.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  region: z.string().max(200).optional(),
  /** Events whose (possibly vague) period overlaps [from, to]; `from=2011` means from 1 January 2011. */
  from: DateBoundQuerySchema,
  to: DateBoundQuerySchema,
  personId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
  sort: z.enum(['startedOn', 'title', 'createdAt', 'updatedAt']).default('startedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type EventListQuery = z.infer<typeof EventListQuerySchema>;

export const EventPageSchema = pageOf(EventSummarySchema);
