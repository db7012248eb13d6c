import { type Prisma, PrismaClient } from '@habeas/db';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor, RequestMeta } from '../../common/actor';
import { CONFIG } from '../../config/config.module';
import type { Config } from '../../config/config.schema';
import { hashToken, newCsrfToken, newSessionToken } from './session-token';

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

  /** The actor behind a session cookie, or null when the session is unknown, expired, revoked or its user inactive. */
  async resolve(
    token: string,
    meta: RequestMeta,
  ): Promise<{ actor: Actor; csrfToken: string; expiresAt: Date } | null> {
    const session = await this.prisma.session.findUnique({
      where: { id: hashToken(token) },
      include: { user: { include: { caseAssignments: { select: { caseId: true } } } } },
    });
    const now = Date.now();
    if (!session || session.revokedAt || session.expiresAt.getTime() <= now) return null;
    const user = session.user;
    if (!user.active || user.deletedAt) return null;
    if ((user.totpEnabled || user.totpRequired) && !session.totpVerified) return null;
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
    }
    return {
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

  async revokeAllOf(userId: string): Promise<number> {
    const result = await this.prisma.session.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return result.count;
  }
}
