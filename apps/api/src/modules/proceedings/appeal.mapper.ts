import type { Prisma } from '@habeas/db';
import { type Appeal, type AppealListItem, appealDeadlineStatus } from '@habeas/shared';
import { dateFromDb, isoDay } from '../../common/imprecise-date.db';
import {
  organisationRef,
  organisationRefSelect,
  personRef,
  personRefSelect,
  type RecordView,
  recordMeta,
  visibleTo,
} from './record-view';

export const appealInclude = {
  person: { select: personRefSelect },
  body: { select: organisationRefSelect },
} satisfies Prisma.AppealInclude;

export type AppealRow = Prisma.AppealGetPayload<{ include: typeof appealInclude }>;

export const appealListInclude = {
  ...appealInclude,
  legalCase: { select: { id: true, title: true, caseNumber: true } },
} satisfies Prisma.AppealInclude;

export type AppealListRow = Prisma.AppealGetPayload<{ include: typeof appealListInclude }>;

/** Appeals a reader may see: the appeal visible, and its appellant (when there is one) too. */
export function visibleAppealsWhere(view: RecordView): Prisma.AppealWhereInput {
  return { ...visibleTo(view), OR: [{ personId: null }, { person: visibleTo(view) }] };
}

/** Database row -> API shape, with the days to the deadline derived from the reader's "today". */
export function toAppeal(row: AppealRow, view: RecordView): Appeal {
  const deadline = isoDay(row.deadline);
  return {
    ...recordMeta(row),
    caseId: row.caseId,
    level: row.level,
    status: row.status,
    sentenceId: row.sentenceId,
    person: personRef(view, row.person),
    body: organisationRef(view, row.body),
    bodyName: row.bodyName,
    filedOn: dateFromDb(row.filedOn, row.filedOnPrecision),
    deadline,
    decisionOn: dateFromDb(row.decisionOn, row.decisionOnPrecision),
    resultingChange: row.resultingChange,
    notes: row.notes,
    ...appealDeadlineStatus(deadline, row.status, view.today),
  };
}

export function toAppealListItem(row: AppealListRow, view: RecordView): AppealListItem {
  return { ...toAppeal(row, view), case: row.legalCase };
}
