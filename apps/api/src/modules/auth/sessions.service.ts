import { type Prisma, PrismaClient } from '@habeas/db';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor, RequestMeta } from '../../common/actor';
import { CONFIG } from '../../config/config.module';
import type { Config } from '../../config/config.schema';
import { hashToken, newCsrfToken, newSessionToken } from './session-token';

export interface ResolvedSession {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  /** Mandatory TOTP not enrolled yet: only enrolment routes are open (see ./totp-enrolment.ts). */
  totpEnrolmentPending: boolean;
}

/** Touching lastSeenAt on every request would write on every read; once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Server-side sessions in PostgreSQL: any API process can serve them and an
 * admin can revoke them at once.
 */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async create(tx: Prisma.TransactionClient, userId: string, meta: RequestMeta, totpVerified: boolean) {
    const { token, id } = newSessionToken();
    const expiresAt = new Date(Date.now() + this.config.HABEAS_SESSION_HOURS * 3600_000);
    const session = await tx.session.create({
      data: {
        id,
        userId,
        expiresAt,
        csrfToken: newCsrfToken(),
        ipAddress: meta.ipAddress,
        userAgent: meta.userAgent,
        totpVerified,
      },
    });
    return { token, session };
  }

  /**
   * The actor behind a session cookie, or null when the session is unknown, expired,
   * revoked or its user inactive. `totpEnrolmentPending`: see ./totp-enrolment.ts.
   */
  async resolve(token: string, meta: RequestMeta): Promise<ResolvedSession | null> {
    const session = await this.prisma.session.findUnique({
      where: { id: hashToken(token) },
      include: { user: { include: { caseAssignments: { select: { caseId: true } } } } },
    });
    const now = Date.now();
    if (!session || session.revokedAt || session.expiresAt.getTime() <= now) return null;
    const user = session.user;
    if (!user.active || user.deletedAt) return null;
    // A TOTP user's session must have passed the second factor (or enrolled in it). A user
    // whose TOTP is required but not yet enrolled keeps a session limited to enrolment.
    if (user.totpEnabled && !session.totpVerified) return null;
    const totpEnrolmentPending = user.totpRequired && !user.totpEnabled;
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
    }
    return {
      sessionId: session.id,
      totpEnrolmentPending,
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
      actor: {
        userId: user.id,
        email: user.email,
        role: user.role,
        assignedCaseIds: user.caseAssignments.map((a) => a.caseId),
        sessionId: session.id,
        ...meta,
      },
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.prisma.session.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
  }

  /** Ends every session of a user (deactivation, password reset), or all but one (`keep`). */
  async revokeAllOf(
    userId: string,
    client: Prisma.TransactionClient = this.prisma,
    keep?: string,
  ): Promise<number> {
    const result = await client.session.updateMany({
      where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
      data: { revokedAt: new Date() },
    });
    return result.count;
  }

  /** Records that this session passed the second factor (after enrolling TOTP in it). */
  async markTotpVerified(client: Prisma.TransactionClient, sessionId: string): Promise<void> {
    await client.session.update({ where: { id: sessionId }, data: { totpVerified: true } });
  }

  /** Sessions still usable (not revoked, not expired), newest first. */
  listOpen(userId: string) {
    return this.prisma.session.findMany({
      where: { userId, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: 'desc' },
    });
  }
}
