import { createHash, randomBytes } from 'node:crypto';
import { type Prisma, PrismaClient } from '@habeas/db';
import {
  addDays,
  type CalendarFeed,
  type Confidentiality,
  type Deadline,
  type DeadlineList,
  type DeadlineListQuery,
  OPEN_APPEAL_STATUSES,
  toIsoDateUtc,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor, RequestMeta } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { CONFIG } from '../../config/config.module';
import type { Config } from '../../config/config.schema';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import {
  appealDeadlineInclude,
  appealDeadlineItem,
  compareDeadlines,
  hearingInclude,
  hearingItem,
  toCalendarEvent,
} from './deadline-items';
import { serializeCalendar } from './icalendar';

/** The feed looks back a month (so last week's hearing stays in the calendar) and a year ahead. */
const FEED_DAYS_BACK = 31;
const FEED_DAYS_AHEAD = 366;

const utcDay = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** Only the SHA-256 of a feed token is stored: a leaked users table does not open anyone's feed. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Upcoming appeal deadlines and hearings, for the dashboard and for each user's iCalendar feed.
 * Days left and "overdue" are derived from today's date (UTC) at read time, never stored. Both
 * answer only with what the reader may see: the appeal or hearing, its case and the persons named.
 */
@Injectable()
export class DeadlinesService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    @Inject(CONFIG) private readonly config: Config,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async listDeadlines(actor: Actor, query: DeadlineListQuery): Promise<DeadlineList> {
    const today = toIsoDateUtc(new Date());
    const items = await this.findDeadlines(actor, {
      today,
      from: today,
      to: addDays(today, query.days),
      includeOverdue: query.includeOverdue ?? true,
    });
    return { today, items };
  }

  /** Creates, or replaces, the secret of the current user's feed; the old URL stops working. */
  async createCalendarFeed(actor: Actor): Promise<CalendarFeed> {
    const token = randomBytes(32).toString('base64url');
    await this.prisma.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({
        where: { id: actor.userId },
        select: { calendarToken: true },
      });
      await tx.user.update({ where: { id: actor.userId }, data: { calendarToken: hashToken(token) } });
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: 'User',
        entityId: actor.userId,
        // Never the token itself: the audit trail is readable by staff.
        details: { calendarFeed: before.calendarToken ? 'rotated' : 'created' },
      });
    });
    const path = `/api/calendar/${token}.ics`;
    return {
      url: this.config.HABEAS_PUBLIC_URL ? new URL(path, this.config.HABEAS_PUBLIC_URL).toString() : path,
    };
  }

  async revokeCalendarFeed(actor: Actor): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: actor.userId }, data: { calendarToken: null } });
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: 'User',
        entityId: actor.userId,
        details: { calendarFeed: 'revoked' },
      });
    });
  }

  /** The .ics feed of the user owning `token`, with what that user may see today; 404 for an unknown token. */
  async renderCalendarFeed(token: string, meta: RequestMeta): Promise<string> {
    const user = await this.prisma.user.findFirst({
      where: { calendarToken: hashToken(token), active: true, deletedAt: null },
      select: { id: true, email: true, role: true, caseAssignments: { select: { caseId: true } } },
    });
    if (!user) throw AppError.notFound('Calendar feed');
    // The token stands in for a session: the feed sees exactly what its owner would see.
    const owner: Actor = {
      userId: user.id,
      email: user.email,
      role: user.role,
      assignedCaseIds: user.caseAssignments.map((a) => a.caseId),
      sessionId: 'calendar-feed',
      ...meta,
    };
    const now = new Date();
    const today = toIsoDateUtc(now);
    const items = await this.findDeadlines(owner, {
      today,
      from: addDays(today, -FEED_DAYS_BACK),
      to: addDays(today, FEED_DAYS_AHEAD),
      includeOverdue: true,
    });
    return serializeCalendar({
      prodId: '-//Habeas//Deadlines and hearings//EN',
      name: 'Habeas: deadlines and hearings',
      stamp: now,
      events: items.map(toCalendarEvent),
    });
  }

  /**
   * Appeal deadlines (open appeals) and hearings dated within [from, to], plus, when asked, deadlines
   * of appeals still only planned that passed before today. A record shows only when the reader may
   * see it, its case, and (for an appeal) its appellant: a restricted case's appeal stays hidden.
   */
  private async findDeadlines(
    actor: Actor,
    window: { today: string; from: string; to: string; includeOverdue: boolean },
  ): Promise<Deadline[]> {
    const levels = this.policy.levels(actor);
    const canSee = (level: Confidentiality) => this.policy.canSee(actor, level);
    const visible = { confidentiality: { in: levels }, deletedAt: null };
    const appealWhere: Prisma.AppealWhereInput = {
      ...visible,
      legalCase: visible,
      AND: [
        { OR: [{ personId: null }, { person: visible }] },
        {
          OR: [
            {
              status: { in: [...OPEN_APPEAL_STATUSES] },
              deadline: { gte: utcDay(window.from), lte: utcDay(window.to) },
            },
            ...(window.includeOverdue
              ? [{ status: 'planned' as const, deadline: { lt: utcDay(window.today) } }]
              : []),
          ],
        },
      ],
    };
    const hearingWhere: Prisma.HearingWhereInput = {
      ...visible,
      legalCase: visible,
      OR: [
        { scheduledAt: { gte: utcDay(window.from), lt: utcDay(addDays(window.to, 1)) } },
        {
          scheduledAt: null,
          heldOnPrecision: 'day',
          heldOn: { gte: utcDay(window.from), lte: utcDay(window.to) },
        },
      ],
    };
    const [appeals, hearings] = await Promise.all([
      this.prisma.appeal.findMany({ where: appealWhere, include: appealDeadlineInclude }),
      this.prisma.hearing.findMany({ where: hearingWhere, include: hearingInclude }),
    ]);
    return [
      ...appeals.map((a) => appealDeadlineItem(a, window.today, canSee)),
      ...hearings.map((h) => hearingItem(h, window.today, canSee)),
    ].sort(compareDeadlines);
  }
}
