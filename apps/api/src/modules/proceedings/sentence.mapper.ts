import type { Prisma } from '@habeas/db';
import { expectedSentenceEnd, type Sentence } from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';
import {
  organisationRef,
  organisationRefSelect,
  personRefSelect,
  type RecordView,
  recordMeta,
  visibleTo,
} from './record-view';

export const sentenceInclude = {
  person: { select: personRefSelect },
  court: { select: organisationRefSelect },
} satisfies Prisma.SentenceInclude;

export type SentenceRow = Prisma.SentenceGetPayload<{ include: typeof sentenceInclude }>;

/** Sentences a reader may see: the sentence and the sentenced person both visible, neither deleted. */
export function visibleSentencesWhere(view: RecordView): Prisma.SentenceWhereInput {
  return { ...visibleTo(view), person: visibleTo(view) };
}

/** Database row -> API shape, with the expected end derived from the start and the term. */
export function toSentence(row: SentenceRow, view: RecordView): Sentence {
  const startedOn = dateFromDb(row.startedOn, row.startedOnPrecision);
  return {
    ...recordMeta(row),
    caseId: row.caseId,
    person: { id: row.person.id, displayName: row.person.displayName },
    court: organisationRef(view, row.court),
    verdictOn: dateFromDb(row.verdictOn, row.verdictOnPrecision),
    outcome: row.outcome,
    kind: row.kind,
    termYears: row.termYears,
    termMonths: row.termMonths,
    termDays: row.termDays,
    fineAmount: row.fineAmount === null ? null : row.fineAmount.toNumber(),
    fineCurrency: row.fineCurrency,
    regime: row.regime,
    startedOn,
    expectedEndOn: expectedSentenceEnd(startedOn, {
      years: row.termYears,
      months: row.termMonths,
      days: row.termDays,
    }),
    actualReleaseOn: dateFromDb(row.actualReleaseOn, row.actualReleaseOnPrecision),
    supersedesId: row.supersedesId,
    notes: row.notes,
  };
}
