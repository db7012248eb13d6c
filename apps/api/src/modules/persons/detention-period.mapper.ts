import type { Prisma } from '@habeas/db';
import type { Confidentiality, DetentionPeriod } from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';
import { recordMeta } from '../proceedings/record-view';

export const detentionPeriodInclude = {
  facility: { select: { id: true, name: true, type: true, confidentiality: true } },
  legalCase: { select: { id: true, title: true, caseNumber: true, confidentiality: true, deletedAt: true } },
} satisfies Prisma.DetentionPeriodInclude;

export type DetentionPeriodRow = Prisma.DetentionPeriodGetPayload<{ include: typeof detentionPeriodInclude }>;

/**
 * Database row -> API shape, UNREDACTED (callers apply policy.redact for illTreatmentNotes). A
 * facility or case the reader may not see is shown as null; with no `levels` (the audit trail)
 * every link is kept.
 */
export function toDetentionPeriod(row: DetentionPeriodRow, levels?: Confidentiality[]): DetentionPeriod {
  const sees = (level: Confidentiality) => !levels || levels.includes(level);
  const facility = row.facility && sees(row.facility.confidentiality) ? row.facility : null;
  const legalCase =
    row.legalCase && sees(row.legalCase.confidentiality) && (!levels || !row.legalCase.deletedAt)
      ? row.legalCase
      : null;
  return {
    ...recordMeta(row),
    personId: row.personId,
    facility: facility && { id: facility.id, name: facility.name, type: facility.type },
    case: legalCase && { id: legalCase.id, title: legalCase.title, caseNumber: legalCase.caseNumber },
    kind: row.kind,
    startedOn: dateFromDb(row.startedOn, row.startedOnPrecision),
    endedOn: dateFromDb(row.endedOn, row.endedOnPrecision),
    conditions: row.conditions,
    illTreatmentAlleged: row.illTreatmentAlleged,
    illTreatmentNotes: row.illTreatmentNotes,
  };
}
