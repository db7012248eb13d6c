import { Prisma, PrismaClient } from '@habeas/db';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor, RequestMeta } from '../../common/actor';
import type { Permission } from '../auth/can.decorator';

type AuditAction = Prisma.AuditEntryCreateInput['action'];
type Tx = Prisma.TransactionClient;

export interface AuditChange {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown>;
}

/** Secrets never enter the audit trail, even hashed. */
const SECRET_KEYS = new Set(['passwordHash', 'totpSecret', 'csrfToken']);

/**
 * Writes the append-only audit trail. Changes are recorded with the
 * transaction client of the change itself, so a change without its audit
 * entry (or the reverse) cannot exist.
 */
@Injectable()
export class AuditService {
  constructor(@Inject(PrismaClient) private readonly prisma: PrismaClient) {}

  async record(tx: Tx, actor: Actor | null, change: AuditChange, meta?: RequestMeta): Promise<void> {
    const source = actor ?? meta;
    await tx.auditEntry.create({
      data: {
        action: change.action,
        entityType: change.entityType,
        entityId: change.entityId ?? null,
        before: toAuditJson(change.before),
        after: toAuditJson(change.after),
        details: toAuditJson(change.details),
        actorId: actor?.userId ?? null,
        actorEmail: actor?.email ?? null,
        requestId: source?.requestId ?? null,
        ipAddress: source?.ipAddress ?? null,
        userAgent: source?.userAgent ?? null,
      },
    });
  }

  /** For events that change no record (exports, failed logins, denials): its own short transaction. */
  async recordStandalone(actor: Actor | null, change: AuditChange, meta?: RequestMeta): Promise<void> {
    await this.record(this.prisma, actor, change, meta);
  }

  async recordDenial(actor: Actor, permission: Permission | undefined, route: string): Promise<void> {
    await this.recordStandalone(actor, {
      action: 'permission_denied',
      entityType: typeof permission === 'object' ? permission.subject : 'Route',
      details: { route, needed: permission ?? 'no permission declared' },
    });
  }
}

/** Dates as ISO strings, BigInts as strings, secrets removed; undefined stays out (Prisma.DbNull for none). */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  return JSON.parse(
    JSON.stringify(value, (key, v) => {
      if (SECRET_KEYS.has(key)) return undefined;
      if (typeof v === 'bigint') return v.toString();
      return v;
    }),
  ) as Prisma.InputJsonValue;
}
