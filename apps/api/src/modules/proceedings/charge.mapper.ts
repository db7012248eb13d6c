import type { Prisma } from '@habeas/db';
import type { Charge } from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';
import { toLegalProvisionRef } from '../legal-provisions/legal-provision.mapper';
import { personRefSelect, type RecordView, recordMeta, visibleTo } from './record-view';

export const chargeInclude = {
  person: { select: personRefSelect },
  provision: true,
} satisfies Prisma.ChargeInclude;

export type ChargeRow = Prisma.ChargeGetPayload<{ include: typeof chargeInclude }>;

/**
 * Charges a reader may see: the charge and its defendant both visible, neither deleted, and the
 * provision's level visible (a provision removed from the catalogue still labels old charges).
 */
export function visibleChargesWhere(view: RecordView): Prisma.ChargeWhereInput {
  return { ...visibleTo(view), person: visibleTo(view), provision: { confidentiality: { in: view.levels } } };
}

/** Database row -> API shape. The provision is shown even if later removed from the catalogue. */
export function toCharge(row: ChargeRow): Charge {
  return {
    ...recordMeta(row),
    caseId: row.caseId,
    person: { id: row.person.id, displayName: row.person.displayName },
    provision: toLegalProvisionRef(row.provision),
    filedOn: dateFromDb(row.filedOn, row.filedOnPrecision),
    status: row.status,
    reclassifiedToId: row.reclassifiedToId,
    notes: row.notes,
  };
}
