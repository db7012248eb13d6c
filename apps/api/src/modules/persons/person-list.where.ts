import type { Prisma } from '@habeas/db';
import {
  type Confidentiality,
  OPEN_APPEAL_STATUSES,
  type PersonListQuery,
  personListDateBound,
  queryTokens,
} from '@habeas/shared';
import { impreciseDateInRange } from '../../common/imprecise-range.where';

/** A DATE column value for a 'YYYY-MM-DD' day. */
const dbDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

/**
 * The Prisma `where` of the persons list. Linked records count only when the reader may see them
 * and they are not deleted, so a filter never reveals a restricted charge or detention. The
 * status and the sentence term are computed in SQL, so their filters arrive as id lists
 * (PersonStatusFilter, SentenceTermFilter); an undefined list means "not filtered".
 */
export function personListWhere(
  base: Prisma.PersonWhereInput,
  levels: Confidentiality[],
  query: PersonListQuery,
  idLists: Array<string[] | undefined> = [],
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
  if (query.provisionCategory) {
    and.push({
      charges: { some: { ...visibleLive, provision: { ...visibleLive, category: query.provisionCategory } } },
    });
  }
  const verdict = impreciseDateInRange('verdictOn', query.verdictFrom, query.verdictTo);
  if (verdict) and.push({ sentences: { some: { ...visibleLive, ...verdict } } });
  const releasedFromDetention = impreciseDateInRange('endedOn', query.releasedFrom, query.releasedTo);
  const releasedFromSentence = impreciseDateInRange('actualReleaseOn', query.releasedFrom, query.releasedTo);
  if (releasedFromDetention && releasedFromSentence) {
    and.push({
      OR: [
        { detentionPeriods: { some: { ...visibleLive, ...releasedFromDetention } } },
        { sentences: { some: { ...visibleLive, ...releasedFromSentence } } },
      ],
    });
  }
  if (query.hasPendingAppeal !== undefined) {
    and.push(query.hasPendingAppeal ? pendingAppeal(visibleLive) : { NOT: pendingAppeal(visibleLive) });
  }
  for (const ids of idLists) if (ids) and.push({ id: { in: ids } });
  return { AND: and };
}

/**
 * An open appeal concerns the person: their own (appellant), or one filed in a case they are a
 * defendant or participant in without a named appellant (a joint appeal).
 */
function pendingAppeal(visibleLive: {
  confidentiality: { in: Confidentiality[] };
  deletedAt: null;
}): Prisma.PersonWhereInput {
  const open = { ...visibleLive, status: { in: [...OPEN_APPEAL_STATUSES] } };
  const caseWithJointAppeal = { ...visibleLive, appeals: { some: { ...open, personId: null } } };
  return {
    OR: [
      { appeals: { some: open } },
      {
        caseLinks: { some: { confidentiality: visibleLive.confidentiality, legalCase: caseWithJointAppeal } },
      },
      { charges: { some: { ...visibleLive, legalCase: caseWithJointAppeal } } },
    ],
  };
}

export function personListOrder(query: PersonListQuery): Prisma.PersonOrderByWithRelationInput[] {
  const order =
    query.sort === 'birthDate'
      ? { birthDate: { sort: query.order, nulls: 'last' as const } }
      : { [query.sort]: query.order };
  return [order, { id: 'asc' }];
}
