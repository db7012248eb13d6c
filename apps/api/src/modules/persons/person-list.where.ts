import type { Prisma } from '@habeas/db';
import { type Confidentiality, type PersonListQuery, personListDateBound, queryTokens } from '@habeas/shared';

/** A DATE column value for a 'YYYY-MM-DD' day. */
const dbDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

/**
 * The Prisma `where` of the persons list. Linked records count only when the reader may see them
 * and they are not deleted, so a filter never reveals a restricted charge or detention. The
 * status is derived, so its filter arrives as the ids PersonStatusFilter found in SQL.
 */
export function personListWhere(
  base: Prisma.PersonWhereInput,
  levels: Confidentiality[],
  query: PersonListQuery,
  idsWithStatus?: string[],
): Prisma.PersonWhereInput {
  const visible = { confidentiality: { in: levels } };
  const visibleLive = { ...visible, deletedAt: null };
  const and: Prisma.PersonWhereInput[] = [base];

  // Every word of the query must start a word of some spelling, in any script, in any order:
  // "kozlov vladimir" and "Влад Козл" both find Владимир Козлов.
  for (const token of queryTokens(query.q ?? '')) {
    and.push({ OR: [{ searchKey: { startsWith: token } }, { searchKey: { contains: ` ${token}` } }] });
  }
  if (query.gender) and.push({ gender: query.gender });
  if (query.region) and.push({ residenceRegion: { equals: query.region, mode: 'insensitive' } });
  if (query.organisationId) {
    and.push({
      affiliations: { some: { ...visibleLive, organisationId: query.organisationId, organisation: visible } },
    });
  }
  if (query.eventId) {
    and.push({ eventLinks: { some: { ...visible, eventId: query.eventId, event: visibleLive } } });
  }
  if (query.caseId) {
    const legalCase = visibleLive;
    and.push({
      OR: [
        { caseLinks: { some: { ...visible, caseId: query.caseId, legalCase } } },
        { charges: { some: { ...visibleLive, caseId: query.caseId, legalCase } } },
      ],
    });
  }
  if (query.legalProvisionId) {
    and.push({ charges: { some: { ...visibleLive, provisionId: query.legalProvisionId } } });
  }
  // "First detention started within the range": some dated period starts in the range and none
  // starts before it. Stored starts are the first day of their period, so "December 2011"
  // counts as 2011-12-01.
  if (query.arrestedFrom || query.arrestedTo) {
    const from = query.arrestedFrom ? dbDay(personListDateBound(query.arrestedFrom, 'from')) : undefined;
    const to = query.arrestedTo ? dbDay(personListDateBound(query.arrestedTo, 'to')) : undefined;
    and.push({
      detentionPeriods: {
        some: { ...visibleLive, startedOn: { ...(from && { gte: from }), ...(to && { lte: to }) } },
      },
    });
    if (from) and.push({ detentionPeriods: { none: { ...visibleLive, startedOn: { lt: from } } } });
  }
  if (idsWithStatus) and.push({ id: { in: idsWithStatus } });
  return { AND: and };
}

export function personListOrder(query: PersonListQuery): Prisma.PersonOrderByWithRelationInput[] {
  const order =
    query.sort === 'birthDate'
      ? { birthDate: { sort: query.order, nulls: 'last' as const } }
      : { [query.sort]: query.order };
  return [order, { id: 'asc' }];
}
