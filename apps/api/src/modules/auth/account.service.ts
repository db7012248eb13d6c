import { type Prisma, PrismaClient } from '@habeas/db';
import type { ChangeOwnPasswordInput, CurrentUser, TotpSetup, UpdateOwnProfileInput } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { AuditService } from '../audit/audit.service';
import { toUser, type UserRow } from '../users/user.mapper';
import { AuthService } from './auth.service';
import { THROTTLE } from './login-throttle';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { SecretBox } from './secret-box';
import { SessionsService } from './sessions.service';
import { newTotpSecret, totpUri, verifyTotp } from './totp';

type Tx = Prisma.TransactionClient;

/**
 * What a logged-in user does to their own account: name and interface language,
 * password, two-factor enrolment. Every change is audited as an update of the User
 * (never with a secret in it) and bumps the account's version, so an administrator
 * editing the same account at the same time gets a 409 rather than overwriting it.
 */
@Injectable()
export class AccountService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly secrets: SecretBox,
  ) {}

  async updateOwnProfile(actor: Actor, input: UpdateOwnProfileInput): Promise<CurrentUser> {
    await this.change(actor, { ...input }, {});
    return this.auth.currentUser(actor.userId);
  }

  /** Needs the current password; ends the user's other sessions (a thief's, perhaps). */
  async changeOwnPassword(actor: Actor, input: ChangeOwnPasswordInput): Promise<void> {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    await this.assertNotThrottled(user.email);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      // Counts towards the login throttle: a stolen session must not become a password oracle.
      await this.prisma.loginAttempt.create({
        data: { email: user.email, ipAddress: actor.ipAddress, succeeded: false },
      });
      throw AppError.validation([{ path: 'body.currentPassword', message: 'is not your current password' }]);
    }
    const problem = passwordProblem(input.newPassword, user.email);
    if (problem) throw AppError.validation([{ path: 'body.newPassword', message: problem }]);
    const passwordHash = await hashPassword(input.newPassword);
    await this.change(actor, { passwordHash }, { passwordChanged: true }, async (tx) => {
      const ended = await this.sessions.revokeAllOf(actor.userId, tx, actor.sessionId);
      return { otherSessionsEnded: ended };
    });
  }

  /**
   * Starts (or restarts) enrolment: a new secret is stored but not enabled until a code
   * from the app proves it was copied correctly. Refused while TOTP is on, so a stolen
   * session cannot silently move the second factor to another phone.
   */
  async setupTotp(actor: Actor): Promise<TotpSetup> {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    if (user.totpEnabled) {
      throw new AppError(
        'ALREADY_EXISTS',
        'Two-factor login is already on: turn it off first to move it to another app',
      );
    }
    const secret = newTotpSecret();
    await this.change(actor, { totpSecret: this.secrets.seal(secret) }, { totp: 'setup-started' });
    return { secret, otpauthUri: totpUri(secret, user.email) };
  }

  async enableTotp(actor: Actor, code: string): Promise<CurrentUser> {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    if (user.totpEnabled) throw new AppError('ALREADY_EXISTS', 'Two-factor login is already on');
    if (!user.totpSecret) {
      throw AppError.validation([
        { path: 'body.code', message: 'start the set-up first (POST /auth/totp/setup)' },
      ]);
    }
    this.assertCode(user.totpSecret, code);
    await this.change(actor, { totpEnabled: true }, { totp: 'enabled' }, async (tx) => {
      // This session proved the code; the user's other sessions never did and stop working.
      await this.sessions.markTotpVerified(tx, actor.sessionId);
      return {};
    });
    return this.auth.currentUser(actor.userId);
  }

  async disableTotp(actor: Actor, code: string): Promise<CurrentUser> {
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
    if (user.totpRequired) {
      throw AppError.forbidden('Your administrator requires two-factor login for your account');
    }
    if (!user.totpEnabled || !user.totpSecret) {
      throw AppError.validation([{ path: 'body.code', message: 'two-factor login is not on' }]);
    }
    this.assertCode(user.totpSecret, code);
    await this.change(actor, { totpEnabled: false, totpSecret: null }, { totp: 'disabled' });
    return this.auth.currentUser(actor.userId);
  }

  private assertCode(secret: string, code: string): void {
    // 400 rather than 401: the session is fine, the code typed into the form is not.
    if (!verifyTotp(this.secrets.open(secret), code)) {
      throw AppError.validation([{ path: 'body.code', message: 'is wrong or has expired' }]);
    }
  }

  private async assertNotThrottled(email: string): Promise<void> {
    const since = new Date(Date.now() - THROTTLE.windowMs);
    const failures = await this.prisma.loginAttempt.count({
      where: { email, succeeded: false, createdAt: { gte: since } },
    });
    if (failures >= THROTTLE.maxFailuresPerAccount) {
      throw new AppError('RATE_LIMITED', 'Too many failed attempts: try again later');
    }
  }

  /** One audited change of the actor's own User row (plus `more` in the same transaction). */
  private async change(
    actor: Actor,
    data: Prisma.UserUpdateInput,
    details: Record<string, unknown>,
    more?: (tx: Tx) => Promise<Record<string, unknown>>,
  ): Promise<UserRow> {
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: actor.userId } });
      const after = await tx.user.update({
        where: { id: actor.userId },
        data: { ...data, version: { increment: 1 } },
      });
      const extra = more ? await more(tx) : {};
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: 'User',
        entityId: actor.userId,
        before: toUser(before),
        after: toUser(after),
        details: { selfService: true, ...details, ...extra },
      });
      return after;
    });
  }
}
