import type { Prisma } from '@habeas/db';
import type { Confidentiality, ImpreciseDate, PersonStatusFacts } from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';

/**
 * The facts derivePersonStatus needs, as Prisma `include` fragments of a person query. Only what
 * the reader may see counts (not deleted, visible level), exactly as in the SQL function
 * person_status_on (migration 20261128213000_person_status), so a list filtered by status in SQL
 * and the status shown per row agree.
 */
export function statusFactsInclude(levels: Confidentiality[]) {
  const visible = { deletedAt: null, confidentiality: { in: levels } };
  return {
    detentionPeriods: {
      where: visible,
      select: {
        id: true,
        kind: true,
        startedOn: true,
        startedOnPrecision: true,
        endedOn: true,
        endedOnPrecision: true,
      },
    },
    sentences: {
      where: visible,
      select: {
        id: true,
        kind: true,
        verdictOn: true,
        verdictOnPrecision: true,
        startedOn: true,
        startedOnPrecision: true,
        termYears: true,
        termMonths: true,
        termDays: true,
        actualReleaseOn: true,
        actualReleaseOnPrecision: true,
        supersededBy: { select: { deletedAt: true, confidentiality: true } },
      },
    },
  } satisfies Prisma.PersonInclude;
}

type FactsRow = Prisma.PersonGetPayload<{ include: ReturnType<typeof statusFactsInclude> }>;

export function toStatusFacts(row: FactsRow, levels: Confidentiality[]): PersonStatusFacts {
  return {
    statusOverride: row.statusOverride
      ? { status: row.statusOverride, since: dateFromDb(row.statusOverrideOn, row.statusOverrideOnPrecision) }
      : null,
    detentionPeriods: row.detentionPeriods.map((p) => ({
      id: p.id,
      kind: p.kind,
      startedOn: dateFromDb(p.startedOn, p.startedOnPrecision),
      endedOn: dateFromDb(p.endedOn, p.endedOnPrecision),
    })),
    sentences: row.sentences.map((s) => ({
      id: s.id,
      kind: s.kind,
      verdictOn: dateFromDb(s.verdictOn, s.verdictOnPrecision),
      startedOn: dateFromDb(s.startedOn, s.startedOnPrecision),
      term: { years: s.termYears, months: s.termMonths, days: s.termDays },
      actualReleaseOn: dateFromDb(s.actualReleaseOn, s.actualReleaseOnPrecision),
      superseded: isSuperseded(s.supersededBy, levels),
    })),
  };
}

/** Replaced by a later sentence the reader may see (a deleted replacement does not count). */
export function isSuperseded(
  by: { deletedAt: Date | null; confidentiality: Confidentiality } | null,
  levels: Confidentiality[],
): boolean {
  return by !== null && by.deletedAt === null && levels.includes(by.confidentiality);
}

/** Start of the earliest dated detention period among the facts. */
export function firstDetainedOn(facts: PersonStatusFacts): ImpreciseDate | null {
  let first: ImpreciseDate | null = null;
  for (const p of facts.detentionPeriods) {
    if (p.startedOn && (!first || p.startedOn.value < first.value)) first = p.startedOn;
  }
  return first;
}
