import type { Prisma } from '@habeas/db';
import type { Affiliation } from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';
import { recordMeta } from '../proceedings/record-view';

export const affiliationInclude = {
  organisation: { select: { id: true, name: true, type: true, confidentiality: true } },
} satisfies Prisma.AffiliationInclude;

export type AffiliationRow = Prisma.AffiliationGetPayload<{ include: typeof affiliationInclude }>;

/** Database row -> API shape (the organisation by name). */
export function toAffiliation(row: AffiliationRow): Affiliation {
  return {
    ...recordMeta(row),
    personId: row.personId,
    organisation: { id: row.organisation.id, name: row.organisation.name, type: row.organisation.type },
    role: row.role,
    startedOn: dateFromDb(row.startedOn, row.startedOnPrecision),
    endedOn: dateFromDb(row.endedOn, row.endedOnPrecision),
    notes: row.notes,
  };
}
