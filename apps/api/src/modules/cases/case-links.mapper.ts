import type { Prisma } from '@habeas/db';
import type { CaseEventLink, CaseParticipant, CaseStaffMember } from '@habeas/shared';
import { dateFromDb } from '../../common/imprecise-date.db';

export const participantInclude = {
  person: { select: { id: true, displayName: true } },
} satisfies Prisma.CaseParticipantInclude;

export type ParticipantRow = Prisma.CaseParticipantGetPayload<{ include: typeof participantInclude }>;

export function toCaseParticipant(row: ParticipantRow): CaseParticipant {
  return {
    id: row.id,
    caseId: row.caseId,
    version: row.version,
    role: row.role,
    notes: row.notes,
    confidentiality: row.confidentiality,
    person: row.person,
    createdAt: row.createdAt.toISOString(),
  };
}

export const assignmentInclude = {
  user: { select: { id: true, name: true, role: true } },
} satisfies Prisma.CaseAssignmentInclude;

export type AssignmentRow = Prisma.CaseAssignmentGetPayload<{ include: typeof assignmentInclude }>;

export function toCaseStaffMember(row: AssignmentRow): CaseStaffMember {
  return {
    id: row.user.id,
    name: row.user.name,
    role: row.user.role,
    assignedAt: row.createdAt.toISOString(),
  };
}

export const caseEventInclude = {
  event: { select: { id: true, title: true, startedOn: true, startedOnPrecision: true } },
} satisfies Prisma.CaseEventInclude;

export type CaseEventRow = Prisma.CaseEventGetPayload<{ include: typeof caseEventInclude }>;

export function toCaseEventLink(row: CaseEventRow): CaseEventLink {
  return {
    id: row.id,
    caseId: row.caseId,
    event: {
      id: row.event.id,
      title: row.event.title,
      startedOn: dateFromDb(row.event.startedOn, row.event.startedOnPrecision),
    },
  };
}
