import { type Prisma, PrismaClient } from '@habeas/db';
import type {
  CreateUserInput,
  Page,
  ResetUserPasswordResult,
  RevokedSessions,
  UpdateUserInput,
  User,
  UserListQuery,
  UserSessionList,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { pageArgs, pageResult } from '../../common/list';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { generatePassword, hashPassword, passwordProblem } from '../auth/passwords';
import { SessionsService } from '../auth/sessions.service';
import { toUser, type UserRow } from './user.mapper';

const ENTITY = 'User';
type Tx = Prisma.TransactionClient;

/**
 * Staff accounts, managed by administrators. Accounts are never deleted (the audit
 * trail points at them): deactivation ends every session at once. Secrets (password,
 * TOTP secret) are written here but never returned nor audited; a generated password
 * is returned exactly once.
 */
@Injectable()
export class UsersService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  async listUsers(query: UserListQuery): Promise<Page<User>> {
    const where: Prisma.UserWhereInput = {
      deletedAt: null,
      ...(query.role ? { role: query.role } : {}),
      ...(query.active === undefined ? {} : { active: query.active }),
      ...(query.q
        ? {
            OR: [
              { email: { contains: query.q, mode: 'insensitive' } },
              { name: { contains: query.q, mode: 'insensitive' } },
            ],
          }
        : {}),
    };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.user.findMany({
        where,
        orderBy: [
          query.sort === 'lastLoginAt'
            ? { lastLoginAt: { sort: query.order, nulls: 'last' } }
            : { [query.sort]: query.order },
          { id: 'asc' },
        ],
        ...pageArgs(query),
      }),
      this.prisma.user.count({ where }),
    ]);
    return pageResult(rows.map(toUser), total, query);
  }

  async getUser(id: string): Promise<User> {
    return toUser(await this.findUser(this.prisma, id));
  }

  async createUser(actor: Actor, input: CreateUserInput): Promise<User> {
    const problem = passwordProblem(input.password, input.email);
    if (problem) throw AppError.validation([{ path: 'body.password', message: problem }]);
    const passwordHash = await hashPassword(input.password);
    return this.prisma.$transaction(async (tx) => {
      await this.assertEmailFree(tx, input.email);
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          locale: input.locale,
          totpRequired: input.totpRequired,
          passwordHash,
        },
      });
      const result = toUser(created);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after: result,
      });
      return result;
    });
  }

  async updateUser(actor: Actor, id: string, input: UpdateUserInput): Promise<User> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findUser(tx, id);
      const { version, ...fields } = input;
      await this.assertAdminRemains(tx, before, fields);
      await updateWithVersion(tx.user, id, version, fields, (current) => toUser(current as UserRow));
      // Deactivation takes effect on the user's very next request, on every device.
      const ended = fields.active === false ? await this.sessions.revokeAllOf(id, tx) : 0;
      const after = toUser(await tx.user.findUniqueOrThrow({ where: { id } }));
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toUser(before),
        after,
        ...(ended ? { details: { sessionsEnded: ended } } : {}),
      });
      return after;
    });
  }

  deactivateUser(actor: Actor, id: string, version: number): Promise<User> {
    return this.updateUser(actor, id, { version, active: false });
  }

  /**
   * Sets the password the administrator typed, or generates one (returned once). Unlocks
   * the account and ends its sessions: whoever knew the old password is out.
   */
  async resetUserPassword(actor: Actor, id: string, password?: string): Promise<ResetUserPasswordResult> {
    const target = await this.findUser(this.prisma, id);
    const generatedPassword = password === undefined ? generatePassword() : null;
    const chosen = password ?? generatedPassword!;
    const problem = passwordProblem(chosen, target.email);
    if (problem) throw AppError.validation([{ path: 'body.password', message: problem }]);
    const passwordHash = await hashPassword(chosen);
    const user = await this.changeAccount(
      actor,
      id,
      { passwordHash, failedLoginCount: 0, lockedUntil: null },
      { passwordReset: true, generated: generatedPassword !== null },
    );
    return { user, generatedPassword };
  }

  /** For a lost authenticator: turns the user's TOTP off (they enrol again if it is required). */
  resetUserTotp(actor: Actor, id: string): Promise<User> {
    return this.changeAccount(actor, id, { totpEnabled: false, totpSecret: null }, { totpReset: true });
  }

  async revokeUserSessions(actor: Actor, id: string): Promise<RevokedSessions> {
    return this.prisma.$transaction(async (tx) => {
      await this.findUser(tx, id);
      const revoked = await this.sessions.revokeAllOf(id, tx);
      await this.audit.record(tx, actor, {
        action: 'logout',
        entityType: ENTITY,
        entityId: id,
        details: { everywhere: true, byAdministrator: true, sessions: revoked },
      });
      return { revoked };
    });
  }

  async listUserSessions(actor: Actor, id: string): Promise<UserSessionList> {
    await this.findUser(this.prisma, id);
    const sessions = await this.sessions.listOpen(id);
    return {
      items: sessions.map((s) => ({
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        expiresAt: s.expiresAt.toISOString(),
        ipAddress: s.ipAddress,
        userAgent: s.userAgent,
        totpVerified: s.totpVerified,
        current: s.id === actor.sessionId,
      })),
    };
  }

  /** A change of secrets or lock state: bumps the version, ends all sessions, audited without the secrets. */
  private async changeAccount(
    actor: Actor,
    id: string,
    data: Prisma.UserUpdateInput,
    details: Record<string, unknown>,
  ): Promise<User> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findUser(tx, id);
      const updated = await tx.user.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
      const ended = await this.sessions.revokeAllOf(id, tx);
      const after = toUser(updated);
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toUser(before),
        after,
        details: { ...details, sessionsEnded: ended },
      });
      return after;
    });
  }

  private async findUser(client: Tx | PrismaClient, id: string): Promise<UserRow> {
    const user = await client.user.findUnique({ where: { id } });
    if (!user || user.deletedAt) throw AppError.notFound(ENTITY, id);
    return user;
  }

  private async assertEmailFree(tx: Tx, email: string): Promise<void> {
    const taken = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (taken) {
      throw new AppError('ALREADY_EXISTS', 'An account with this email already exists', {
        fields: ['email'],
        issues: [{ path: 'body.email', message: 'is already used by another account' }],
      });
    }
  }

  /** Nobody may demote or deactivate the last active administrator: the system would have no admin. */
  private async assertAdminRemains(
    tx: Tx,
    before: UserRow,
    fields: Omit<UpdateUserInput, 'version'>,
  ): Promise<void> {
    const losesAdmin =
      before.role === 'admin' &&
      before.active &&
      ((fields.role !== undefined && fields.role !== 'admin') || fields.active === false);
    if (!losesAdmin) return;
    const otherAdmins = await tx.user.count({
      where: { role: 'admin', active: true, deletedAt: null, id: { not: before.id } },
    });
    if (otherAdmins === 0) {
      const path = fields.active === false ? 'body.active' : 'body.role';
      throw AppError.validation(
        [{ path, message: 'the last active administrator must stay an active administrator' }],
        'This is the last active administrator',
      );
    }
  }
}
