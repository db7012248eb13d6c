import type { Prisma } from '@habeas/db';
import { addDays, type Confidentiality, type Deadline, daysBetween, toIsoDateUtc } from '@habeas/shared';
import { isoDay } from '../../common/imprecise-date.db';
import type { CalendarEvent } from './icalendar';

const named = { id: true, displayName: true, confidentiality: true, deletedAt: true } as const;
const organisationName = { name: true, confidentiality: true, deletedAt: true } as const;

/** The case with its defendants (shown for hearings, and for appeals with no appellant recorded). */
const caseWithDefendants = {
  select: {
    id: true,
    title: true,
    caseNumber: true,
    participants: {
      where: { role: 'defendant' },
      select: { confidentiality: true, person: { select: named } },
      orderBy: { createdAt: 'asc' },
    },
  },
} satisfies Prisma.LegalCaseDefaultArgs;

export const appealDeadlineInclude = {
  legalCase: caseWithDefendants,
  person: { select: named },
  body: { select: organisationName },
} satisfies Prisma.AppealInclude;

export const hearingInclude = {
  legalCase: caseWithDefendants,
  court: { select: organisationName },
} satisfies Prisma.HearingInclude;

export type AppealDeadlineRow = Prisma.AppealGetPayload<{ include: typeof appealDeadlineInclude }>;
export type HearingRow = Prisma.HearingGetPayload<{ include: typeof hearingInclude }>;

type CanSee = (level: Confidentiality) => boolean;
type Named = { id: string; displayName: string; confidentiality: Confidentiality; deletedAt: Date | null };

const visiblePerson = (canSee: CanSee, p: Named | null): p is Named =>
  !!p && p.deletedAt === null && canSee(p.confidentiality);

function defendants(canSee: CanSee, legalCase: AppealDeadlineRow['legalCase']) {
  return legalCase.participants
    .filter((p) => canSee(p.confidentiality) && visiblePerson(canSee, p.person))
    .map((p) => ({ id: p.person.id, displayName: p.person.displayName }));
}

function organisationLabel(
  canSee: CanSee,
  org: { name: string; confidentiality: Confidentiality; deletedAt: Date | null } | null,
) {
  return org && org.deletedAt === null && canSee(org.confidentiality) ? org.name : null;
}

const humanise = (value: string) => value.replace(/_/g, ' ');

/** An appeal with its deadline as a list item; days left counted from `today`, never stored. */
export function appealDeadlineItem(row: AppealDeadlineRow, today: string, canSee: CanSee): Deadline {
  const date = isoDay(row.deadline)!;
  const daysLeft = daysBetween(today, date);
  return {
    kind: 'appeal_deadline',
    id: row.id,
    date,
    scheduledAt: null,
    daysLeft,
    // Only a planned appeal can miss its deadline; a filed one met it.
    overdue: daysLeft < 0 && row.status === 'planned',
    label: `Appeal deadline (${humanise(row.level)})`,
    case: { id: row.legalCase.id, title: row.legalCase.title, caseNumber: row.legalCase.caseNumber },
    persons: visiblePerson(canSee, row.person)
      ? [{ id: row.person.id, displayName: row.person.displayName }]
      : defendants(canSee, row.legalCase),
    appeal: {
      level: row.level,
      status: row.status,
      body: organisationLabel(canSee, row.body) ?? row.bodyName,
    },
    hearing: null,
  };
}

/** A hearing as a list item: on the day of scheduledAt (UTC) or of heldOn (day precision). */
export function hearingItem(row: HearingRow, today: string, canSee: CanSee): Deadline {
  const date = row.scheduledAt ? toIsoDateUtc(row.scheduledAt) : isoDay(row.heldOn)!;
  return {
    kind: 'hearing',
    id: row.id,
    date,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    daysLeft: daysBetween(today, date),
    overdue: false,
    label: `Hearing (${humanise(row.kind)})`,
    case: { id: row.legalCase.id, title: row.legalCase.title, caseNumber: row.legalCase.caseNumber },
    persons: defendants(canSee, row.legalCase),
    appeal: null,
    hearing: { kind: row.kind, court: organisationLabel(canSee, row.court) },
  };
}

/** Soonest first; on the same day, timed hearings by time, then appeal deadlines. */
export function compareDeadlines(a: Deadline, b: Deadline): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.scheduledAt ?? '~').localeCompare(b.scheduledAt ?? '~') ||
    a.kind.localeCompare(b.kind) ||
    a.id.localeCompare(b.id)
  );
}

/** One all-day calendar event per item: "Appeal deadline (cassation): Vladimir Kozlov (Kozlov case)". */
export function toCalendarEvent(item: Deadline): CalendarEvent {
  const who = item.persons.map((p) => p.displayName).join(', ');
  const caseName = item.case.caseNumber ? `${item.case.title} (№ ${item.case.caseNumber})` : item.case.title;
  const details = [
    `Case: ${caseName}`,
    ...(who ? [`Persons: ${who}`] : []),
    ...(item.appeal
      ? [`Appeal status: ${item.appeal.status}`, ...(item.appeal.body ? [`Body: ${item.appeal.body}`] : [])]
      : []),
    ...(item.hearing?.court ? [`Court: ${item.hearing.court}`] : []),
    ...(item.scheduledAt ? [`Scheduled at: ${item.scheduledAt.slice(0, 16).replace('T', ' ')} UTC`] : []),
    ...(item.overdue ? [`OVERDUE by ${-item.daysLeft} day(s)`] : []),
  ];
  return {
    uid: `${item.kind}-${item.id}@habeas`,
    date: item.date,
    endDate: addDays(item.date, 1),
    summary: `${item.overdue ? 'OVERDUE: ' : ''}${item.label}: ${who ? `${who} (${item.case.title})` : item.case.title}`,
    description: details.join('\n'),
  };
}
