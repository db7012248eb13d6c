import type { Prisma } from '@habeas/db';
import { type CaseListQuery, OPEN_APPEAL_STATUSES, queryTokens } from '@habeas/shared';
import type { Actor } from '../../common/actor';
import { visibleAppealsWhere } from '../proceedings/appeal.mapper';
import { visibleChargesWhere } from '../proceedings/charge.mapper';
import { type RecordView, visibleTo } from '../proceedings/record-view';

/**
 * The `where` of the cases list. Filters that look into linked records (participants, charges,
 * appeals) only look at links the reader may see, so a filter cannot reveal a restricted link.
 */
export function caseListWhere(
  actor: Actor,
  view: RecordView,
  base: Prisma.LegalCaseWhereInput,
  query: CaseListQuery,
): Prisma.LegalCaseWhereInput {
  const and: Prisma.LegalCaseWhereInput[] = [base];
  // Every word of the query must appear in the key, in any order and any script.
  for (const token of query.q ? queryTokens(query.q) : []) and.push({ searchKey: { contains: token } });
  if (query.stage) and.push({ stage: query.stage });
  if (query.country) and.push({ country: query.country });
  if (query.region) and.push({ region: { equals: query.region, mode: 'insensitive' } });
  if (query.courtId) and.push({ courtId: query.courtId });
  if (query.eventId) and.push({ events: { some: { eventId: query.eventId, event: visibleTo(view) } } });
  if (query.personId) {
    and.push({
      participants: {
        some: { personId: query.personId, confidentiality: { in: view.levels }, person: visibleTo(view) },
      },
    });
  }
  if (query.legalProvisionId) {
    and.push({ charges: { some: { ...visibleChargesWhere(view), provisionId: query.legalProvisionId } } });
  }
  if (query.provisionCategory) {
    const category = { ...visibleTo(view), category: query.provisionCategory };
    and.push({ charges: { some: { ...visibleChargesWhere(view), provision: category } } });
  }
  if (query.assignedToMe !== undefined) {
    const mine = { assignments: { some: { userId: actor.userId } } };
    and.push(query.assignedToMe ? mine : { NOT: mine });
  }
  if (query.hasPendingAppeal !== undefined) {
    const pending = {
      appeals: { some: { ...visibleAppealsWhere(view), status: { in: [...OPEN_APPEAL_STATUSES] } } },
    };
    and.push(query.hasPendingAppeal ? pending : { NOT: pending });
  }
  if (query.openedFrom) and.push({ openedOn: { gte: new Date(`${query.openedFrom}T00:00:00Z`) } });
  if (query.openedTo) and.push({ openedOn: { lte: new Date(`${query.openedTo}T00:00:00Z`) } });
  return { AND: and };
}

/** Sort order of the cases list; nullable columns put their empty values last. */
export function caseListOrderBy(query: CaseListQuery): Prisma.LegalCaseOrderByWithRelationInput[] {
  const nullable = query.sort === 'openedOn' || query.sort === 'caseNumber';
  const primary = nullable
    ? { [query.sort]: { sort: query.order, nulls: 'last' } }
    : { [query.sort]: query.order };
  return [primary as Prisma.LegalCaseOrderByWithRelationInput, { id: 'asc' }];
}
