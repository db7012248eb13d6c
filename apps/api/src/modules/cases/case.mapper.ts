import type { Prisma } from '@habeas/db';
import type { LegalCase } from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';
import {
  organisationRef,
  organisationRefSelect,
  personRefSelect,
  type RecordView,
  recordMeta,
  visibleTo,
} from '../proceedings/record-view';

/** What a case row carries for lists and the head of the detail: its court and visible defendants. */
export function legalCaseInclude(view: RecordView) {
  return {
    court: { select: organisationRefSelect },
    participants: {
      where: { role: 'defendant', confidentiality: { in: view.levels }, person: visibleTo(view) },
      select: { person: { select: personRefSelect } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    },
  } satisfies Prisma.LegalCaseInclude;
}

export type LegalCaseRow = Prisma.LegalCaseGetPayload<{ include: ReturnType<typeof legalCaseInclude> }>;

/** Database row -> API shape (no internal columns such as search_key). */
export function toLegalCase(row: LegalCaseRow, view: RecordView): LegalCase {
  return {
    ...recordMeta(row),
    caseNumber: row.caseNumber,
    title: row.title,
    country: row.country,
    region: row.region,
    court: organisationRef(view, row.court),
    stage: row.stage,
    summary: row.summary,
    openedOn: dateFromDb(row.openedOn, row.openedOnPrecision),
    defendants: row.participants.map(({ person }) => ({ id: person.id, displayName: person.displayName })),
  };
}
