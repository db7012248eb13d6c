import type { Prisma } from '@habeas/db';
import type {
  Confidentiality,
  EventCasualty,
  EventDetail,
  EventOrganisationLink,
  EventPersonLink,
  EventSummary,
  SourceCitation,
} from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';
import type { SourcePlainRow } from '../sources/source.mapper';

const visibility = { confidentiality: true, deletedAt: true } as const;

export const eventSummaryInclude = {
  names: { orderBy: [{ isPrimary: 'desc' }, { value: 'asc' }] },
} satisfies Prisma.EventInclude;

export const casualtyInclude = { source: true } satisfies Prisma.EventCasualtyInclude;
export const eventPersonInclude = {
  person: { select: { id: true, displayName: true, ...visibility } },
} satisfies Prisma.EventPersonInclude;
export const eventOrganisationInclude = {
  organisation: { select: { id: true, name: true, type: true, ...visibility } },
} satisfies Prisma.EventOrganisationInclude;

export const eventDetailInclude = {
  ...eventSummaryInclude,
  casualties: {
    where: { deletedAt: null },
    include: casualtyInclude,
    orderBy: [{ kind: 'asc' }, { reportedOn: 'asc' }, { createdAt: 'asc' }],
  },
  persons: { include: eventPersonInclude, orderBy: [{ role: 'asc' }, { createdAt: 'asc' }] },
  organisations: { include: eventOrganisationInclude, orderBy: [{ role: 'asc' }, { createdAt: 'asc' }] },
  caseLinks: {
    include: {
      legalCase: { select: { id: true, title: true, caseNumber: true, stage: true, ...visibility } },
    },
    orderBy: { createdAt: 'asc' },
  },
} satisfies Prisma.EventInclude;

export type EventSummaryRow = Prisma.EventGetPayload<{ include: typeof eventSummaryInclude }>;
export type EventDetailRow = Prisma.EventGetPayload<{ include: typeof eventDetailInclude }>;
export type CasualtyRow = Prisma.EventCasualtyGetPayload<{ include: typeof casualtyInclude }>;
export type EventPersonRow = Prisma.EventPersonGetPayload<{ include: typeof eventPersonInclude }>;
export type EventOrganisationRow = Prisma.EventOrganisationGetPayload<{
  include: typeof eventOrganisationInclude;
}>;

/** What the detail may show to its reader: the policy's rules, passed in so this file stays a pure mapper. */
export interface EventReader {
  canSee(level: Confidentiality): boolean;
  /** The source as this reader may see it (null when hidden). */
  cite(source: SourcePlainRow | null): SourceCitation | null;
}

const live = (reader: EventReader, r: { confidentiality: Confidentiality; deletedAt: Date | null }) =>
  r.deletedAt === null && reader.canSee(r.confidentiality);

/** The event record itself (also the audit shape: links are audited as their own entities). */
export function toEventSummary(row: EventSummaryRow): EventSummary {
  return {
    id: row.id,
    version: row.version,
    confidentiality: row.confidentiality,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    title: row.title,
    kind: row.kind,
    description: row.description,
    startedOn: dateFromDb(row.startedOn, row.startedOnPrecision),
    endedOn: dateFromDb(row.endedOn, row.endedOnPrecision),
    country: row.country,
    region: row.region,
    place: row.place,
    names: row.names.map((n) => ({
      id: n.id,
      value: n.value,
      script: n.script,
      kind: n.kind,
      language: n.language,
      isPrimary: n.isPrimary,
    })),
  };
}

export function toEventCasualty(row: CasualtyRow, cite: EventReader['cite']): EventCasualty {
  return {
    id: row.id,
    version: row.version,
    confidentiality: row.confidentiality,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    eventId: row.eventId,
    kind: row.kind,
    count: row.count,
    qualifier: row.qualifier,
    source: cite(row.source),
    reportedOn: dateFromDb(row.reportedOn, row.reportedOnPrecision),
    notes: row.notes,
  };
}

export function toEventPersonLink(row: EventPersonRow): EventPersonLink {
  return {
    id: row.id,
    eventId: row.eventId,
    person: { id: row.person.id, displayName: row.person.displayName },
    role: row.role,
    notes: row.notes,
    confidentiality: row.confidentiality,
    version: row.version,
  };
}

export function toEventOrganisationLink(row: EventOrganisationRow): EventOrganisationLink {
  return {
    id: row.id,
    eventId: row.eventId,
    organisation: { id: row.organisation.id, name: row.organisation.name, type: row.organisation.type },
    role: row.role,
    notes: row.notes,
  };
}

/**
 * The event page for one reader: casualty figures, people, organisations and cases they may not
 * see are left out (a restricted witness link, a restricted case), sources are cited as they may see them.
 */
export function toEventDetail(row: EventDetailRow, reader: EventReader): EventDetail {
  return {
    ...toEventSummary(row),
    casualties: row.casualties.filter((c) => live(reader, c)).map((c) => toEventCasualty(c, reader.cite)),
    persons: row.persons
      .filter((l) => reader.canSee(l.confidentiality) && live(reader, l.person))
      .map(toEventPersonLink),
    organisations: row.organisations.filter((l) => live(reader, l.organisation)).map(toEventOrganisationLink),
    cases: row.caseLinks
      .filter((l) => live(reader, l.legalCase))
      .map(({ legalCase: c }) => ({ id: c.id, title: c.title, caseNumber: c.caseNumber, stage: c.stage })),
  };
}
