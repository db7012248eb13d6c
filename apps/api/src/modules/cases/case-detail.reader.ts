import { type Prisma, PrismaClient } from '@habeas/db';
import {
  type CaseDetail,
  type CaseParticipant,
  type CaseRole,
  CaseRoleSchema,
  type CaseUpdatePreview,
  type Charge,
  type RecordPermissions,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import { dateFromDb } from '../../common/imprecise-date.db';
import { appealInclude, toAppeal, visibleAppealsWhere } from '../proceedings/appeal.mapper';
import { chargeInclude, toCharge, visibleChargesWhere } from '../proceedings/charge.mapper';
import {
  compareHearings,
  hearingInclude,
  nextHearing,
  toHearing,
  visibleHearingsWhere,
} from '../proceedings/hearing.mapper';
import { type RecordView, visibleTo } from '../proceedings/record-view';
import { sentenceInclude, toSentence, visibleSentencesWhere } from '../proceedings/sentence.mapper';
import { type LegalCaseRow, toLegalCase } from './case.mapper';
import {
  assignmentInclude,
  caseEventInclude,
  participantInclude,
  toCaseEventLink,
  toCaseParticipant,
  toCaseStaffMember,
} from './case-links.mapper';

/** How many timeline entries the case page previews; the full timeline has its own list. */
const LATEST_UPDATES = 5;
const EXCERPT_LENGTH = 280;

/**
 * Assembles the case page in one answer. Every nested list is filtered by what the reader may
 * see (a restricted charge, witness or update is simply absent), and the derived values are
 * computed against the same "today" for the whole answer.
 */
@Injectable()
export class CaseDetailReader {
  constructor(@Inject(PrismaClient) private readonly prisma: PrismaClient) {}

  /** `permissions`: what the reader may do with the case (CaseAccess.permissions), shown as is. */
  async read(row: LegalCaseRow, view: RecordView, permissions: RecordPermissions): Promise<CaseDetail> {
    const caseId = row.id;
    const db = this.prisma;
    const [participants, assignments, eventLinks, charges, hearings, sentences, appeals, updates] =
      await Promise.all([
        db.caseParticipant.findMany({
          where: { caseId, confidentiality: { in: view.levels }, person: visibleTo(view) },
          include: participantInclude,
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
        db.caseAssignment.findMany({
          where: { caseId, user: { deletedAt: null } },
          include: assignmentInclude,
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
        db.caseEvent.findMany({
          where: { caseId, event: visibleTo(view) },
          include: caseEventInclude,
          orderBy: [{ event: { startedOn: { sort: 'asc', nulls: 'last' } } }, { id: 'asc' }],
        }),
        db.charge.findMany({
          where: { caseId, ...visibleChargesWhere(view) },
          include: chargeInclude,
          orderBy: [{ filedOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
        }),
        db.hearing.findMany({ where: { caseId, ...visibleHearingsWhere(view) }, include: hearingInclude }),
        db.sentence.findMany({
          where: { caseId, ...visibleSentencesWhere(view) },
          include: sentenceInclude,
          orderBy: [{ verdictOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
        }),
        db.appeal.findMany({
          where: { caseId, ...visibleAppealsWhere(view) },
          include: appealInclude,
          orderBy: [{ filedOn: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
        }),
        db.caseUpdate.findMany({
          where: { caseId, ...visibleTo(view) },
          select: caseUpdatePreviewSelect,
          orderBy: [{ factOn: 'desc' }, { createdAt: 'desc' }],
          take: LATEST_UPDATES,
        }),
      ]);

    const participantList = participants.map(toCaseParticipant);
    const hearingList = hearings.map((h) => toHearing(h, view)).sort(compareHearings);
    return {
      ...toLegalCase(row, view),
      ...permissions,
      participantsByRole: groupByRole(participantList),
      assignedStaff: assignments.map(toCaseStaffMember),
      events: eventLinks.map(toCaseEventLink),
      chargesByDefendant: groupChargesByDefendant(participantList, charges.map(toCharge)),
      hearings: hearingList,
      nextHearing: nextHearing(hearingList, view.now),
      sentences: sentences.map((s) => toSentence(s, view)),
      appeals: appeals.map((a) => toAppeal(a, view)),
      latestUpdates: updates.map(toCaseUpdatePreview),
    };
  }
}

function groupByRole(participants: CaseParticipant[]): Record<CaseRole, CaseParticipant[]> {
  const groups = Object.fromEntries(CaseRoleSchema.options.map((role) => [role, []])) as unknown as Record<
    CaseRole,
    CaseParticipant[]
  >;
  for (const p of participants) groups[p.role].push(p);
  return groups;
}

/** Every visible defendant (charged or not yet), then anyone else with a visible charge. */
function groupChargesByDefendant(participants: CaseParticipant[], charges: Charge[]) {
  const groups = new Map<string, { person: { id: string; displayName: string }; charges: Charge[] }>();
  for (const p of participants) {
    if (p.role === 'defendant') groups.set(p.person.id, { person: p.person, charges: [] });
  }
  for (const charge of charges) {
    const group = groups.get(charge.person.id) ?? { person: charge.person, charges: [] };
    group.charges.push(charge);
    groups.set(charge.person.id, group);
  }
  return [...groups.values()];
}

const caseUpdatePreviewSelect = {
  id: true,
  factOn: true,
  factOnPrecision: true,
  kind: true,
  title: true,
  body: true,
  author: { select: { id: true, name: true } },
} satisfies Prisma.CaseUpdateSelect;

function toCaseUpdatePreview(
  row: Prisma.CaseUpdateGetPayload<{ select: typeof caseUpdatePreviewSelect }>,
): CaseUpdatePreview {
  const excerpt = row.body.length > EXCERPT_LENGTH ? `${row.body.slice(0, EXCERPT_LENGTH - 1)}…` : row.body;
  return {
    id: row.id,
    // fact_on is NOT NULL with its precision, so the conversion always yields a date.
    factOn: dateFromDb(row.factOn, row.factOnPrecision)!,
    kind: row.kind,
    title: row.title,
    excerpt,
    author: row.author,
  };
}
