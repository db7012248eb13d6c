import { PrismaClient } from '@habeas/db';
import type { CurrentUser, LoginInput, SessionInfo } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor, RequestMeta } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { AuditService } from '../audit/audit.service';
import { THROTTLE } from './login-throttle';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { SecretBox } from './secret-box';
import { SessionsService } from './sessions.service';
import { verifyTotp } from './totp';

const WRONG = 'The email or password is wrong';

@Injectable()
export class AuthService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly secrets: SecretBox,
  ) {}

  /**
   * Checks the credentials (and TOTP when enabled) and opens a session.
   * The answer never tells whether the email exists.
   */
  async login(input: LoginInput, meta: RequestMeta): Promise<{ token: string; info: SessionInfo }> {
    await this.assertNotThrottled(input.email, meta);
    const user = await this.prisma.user.findUnique({ where: { email: input.email } });
    const usable = user?.active && !user.deletedAt;
    const passwordOk = await verifyPassword(
      usable ? user.passwordHash : await dummyPasswordHash(),
      input.password,
    );
    if (!usable || !passwordOk) {
      await this.recordFailure(input.email, user?.id ?? null, meta, 'password');
      throw new AppError('UNAUTHENTICATED', WRONG);
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      throw new AppError('RATE_LIMITED', 'Too many failed attempts: try again later');
    }
    const needsTotp = user.totpEnabled && Boolean(user.totpSecret);
    if (needsTotp) {
      if (!input.totpCode)
        throw new AppError('TOTP_REQUIRED', 'Enter the 6-digit code from your authenticator app');
      if (!verifyTotp(this.secrets.open(user.totpSecret!), input.totpCode)) {
        await this.recordFailure(input.email, user.id, meta, 'totp');
        throw new AppError('TOTP_INVALID', 'The code is wrong or has expired');
      }
    }
    const { token, session } = await this.prisma.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() },
      });
      await tx.loginAttempt.create({
        data: { email: input.email, ipAddress: meta.ipAddress, succeeded: true },
      });
      await this.audit.record(tx, null, { action: 'login', entityType: 'User', entityId: user.id }, meta);
      return this.sessions.create(tx, user.id, meta, needsTotp);
    });
    const info = await this.sessionInfo(user.id, session.csrfToken, session.expiresAt);
    return { token, info };
  }

  async logout(actor: Actor): Promise<void> {
    await this.sessions.revoke(actor.sessionId);
    await this.audit.recordStandalone(actor, {
      action: 'logout',
      entityType: 'User',
      entityId: actor.userId,
    });
  }

  async logoutEverywhere(actor: Actor): Promise<number> {
    const count = await this.sessions.revokeAllOf(actor.userId);
    await this.audit.recordStandalone(actor, {
      action: 'logout',
      entityType: 'User',
      entityId: actor.userId,
      details: { everywhere: true, sessions: count },
    });
    return count;
  }

  async sessionInfo(userId: string, csrfToken: string, expiresAt: Date): Promise<SessionInfo> {
    return { user: await this.currentUser(userId), csrfToken, expiresAt: expiresAt.toISOString() };
  }

  async currentUser(userId: string): Promise<CurrentUser> {
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: userId },
      include: { caseAssignments: { select: { caseId: true } } },
    });
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      totpEnabled: user.totpEnabled,
      totpRequired: user.totpRequired,
      assignedCaseIds: user.caseAssignments.map((a) => a.caseId),
    };
  }

  private async assertNotThrottled(email: string, meta: RequestMeta): Promise<void> {
    const since = new Date(Date.now() - THROTTLE.windowMs);
    const [byAccount, byAddress] = await Promise.all([
      this.prisma.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
      meta.ipAddress
        ? this.prisma.loginAttempt.count({
            where: { ipAddress: meta.ipAddress, succeeded: false, createdAt: { gte: since } },
          })
        : Promise.resolve(0),
    ]);
    if (byAccount >= THROTTLE.maxFailuresPerAccount || byAddress >= THROTTLE.maxFailuresPerAddress) {
      throw new AppError('RATE_LIMITED', 'Too many failed attempts: try again later');
    }
  }

  private async recordFailure(
    email: string,
    userId: string | null,
    meta: RequestMeta,
    reason: string,
  ): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await tx.loginAttempt.create({ data: { email, ipAddress: meta.ipAddress, succeeded: false } });
      if (userId) {
        const user = await tx.user.update({
          where: { id: userId },
          data: { failedLoginCount: { increment: 1 } },
        });
        if (user.failedLoginCount >= THROTTLE.maxFailuresPerAccount) {
          await tx.user.update({
            where: { id: userId },
            data: { lockedUntil: new Date(Date.now() + THROTTLE.lockMs) },
          });
        }
      }
      // The email is recorded only when it names an account, so typos of strangers' addresses stay out of the trail.
      await this.audit.record(
        tx,
        null,
        { action: 'login_failed', entityType: 'User', entityId: userId, details: { reason } },
        meta,
      );
    });
  }
}
