import type { Prisma } from '@habeas/db';
import type { Hearing } from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';
import {
  organisationRef,
  organisationRefSelect,
  personRef,
  personRefSelect,
  type RecordView,
  recordMeta,
  visibleTo,
} from './record-view';

export const hearingInclude = {
  court: { select: organisationRefSelect },
  judge: { select: personRefSelect },
} satisfies Prisma.HearingInclude;

export type HearingRow = Prisma.HearingGetPayload<{ include: typeof hearingInclude }>;

export function visibleHearingsWhere(view: RecordView): Prisma.HearingWhereInput {
  return visibleTo(view);
}

/** Database row -> API shape; a court or judge the reader may not see is left out (null). */
export function toHearing(row: HearingRow, view: RecordView): Hearing {
  return {
    ...recordMeta(row),
    caseId: row.caseId,
    court: organisationRef(view, row.court),
    judge: personRef(view, row.judge),
    judgeName: row.judgeName,
    kind: row.kind,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    heldOn: dateFromDb(row.heldOn, row.heldOnPrecision),
    isPublic: row.isPublic,
    observersPresent: row.observersPresent,
    outcome: row.outcome,
  };
}

/** The day a hearing is (or was) on, for ordering: when it was held, else when it is scheduled. */
function hearingDay(h: Hearing): string | null {
  return h.heldOn?.value ?? h.scheduledAt?.slice(0, 10) ?? null;
}

/** Chronological order; hearings with no date yet come last, in the order they were entered. */
export function compareHearings(a: Hearing, b: Hearing): number {
  const da = hearingDay(a);
  const db = hearingDay(b);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  const sa = a.scheduledAt ?? '';
  const sb = b.scheduledAt ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/** DERIVED: the first hearing scheduled at or after `now`, or null. */
export function nextHearing(hearings: readonly Hearing[], now: Date): Hearing | null {
  const from = now.toISOString();
  let next: Hearing | null = null;
  for (const h of hearings) {
    if (h.scheduledAt && h.scheduledAt >= from && (!next || h.scheduledAt < (next.scheduledAt ?? '')))
      next = h;
  }
  return next;
}
