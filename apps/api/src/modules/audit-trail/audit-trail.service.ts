import { Prisma, PrismaClient } from '@habeas/db';
import {
  type AuditEntry,
  type AuditEntryDetail,
  type AuditEntryListQuery,
  type Confidentiality,
  can,
  diffRecords,
  type Page,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { pageArgs, pageResult } from '../../common/list';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import { redactAuditRecord, visibleEntriesSql } from './audit-visibility';
import { revertRecord, revertTarget } from './revert-record';

interface EntryRow {
  id: bigint;
  occurredAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actorId: string | null;
  actorEmail: string | null;
  before: unknown;
  after: unknown;
  details: unknown;
  requestId: string | null;
  ipAddress: string | null;
  userAgent: string | null;
}

/** Bookkeeping fields left out of an entry's summary of changed fields. */
const SUMMARY_IGNORES = ['version', 'updatedAt'];

/**
 * Reading the audit trail (filtered, newest first, redacted to the reader's clearance)
 * and reverting an update or a deletion. The trail itself is written by AuditService;
 * a revert is a change like any other and gets its own entry (action 'revert').
 */
@Injectable()
export class AuditTrailService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async listAuditEntries(actor: Actor, query: AuditEntryListQuery): Promise<Page<AuditEntry>> {
    const where = Prisma.join([this.filterSql(query), visibleEntriesSql(this.policy, actor)], ' AND ');
    const { skip, take } = pageArgs(query);
    const [rows, counted] = await Promise.all([
      this.prisma.$queryRaw<EntryRow[]>`${SELECT} WHERE ${where}
        ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${take} OFFSET ${skip}`,
      this.prisma.$queryRaw<{ total: bigint }[]>`
        SELECT count(*) AS total FROM audit_entries a WHERE ${where}`,
    ]);
    return pageResult(
      rows.map((row) => this.toEntry(actor, row)),
      Number(counted[0]?.total ?? 0),
      query,
    );
  }

  async getAuditEntry(actor: Actor, id: string): Promise<AuditEntryDetail> {
    return this.toDetail(actor, await this.findVisible(actor, id));
  }

  async revertAuditEntry(actor: Actor, id: string, version: number): Promise<AuditEntryDetail> {
    const entry = await this.findVisible(actor, id);
    const model = revertTarget(entry);
    if (!model) {
      throw AppError.validation(
        [{ path: 'param.id', message: 'only updates and deletions of case records can be reverted' }],
        'This audit entry cannot be reverted',
      );
    }
    const subject = entry.entityType === 'LegalProvision' ? 'Catalogue' : 'CaseData';
    const needed = entry.action === 'delete' ? 'restore' : 'update';
    if (!can(actor.role, needed, subject)) throw AppError.forbidden();

    const revertId = await this.prisma.$transaction(async (tx) => {
      const outcome = await revertRecord(tx, model, entry, version, (row) => {
        const level = row.confidentiality as Confidentiality | undefined;
        if (level && !this.policy.canSee(actor, level))
          throw AppError.notFound(entry.entityType, entry.entityId!);
      });
      await this.audit.record(tx, actor, {
        action: 'revert',
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: outcome.before,
        after: outcome.after,
        details: {
          revertedEntryId: entry.id.toString(),
          revertedAction: entry.action,
          restoredFields: outcome.restoredFields,
          skippedFields: outcome.skippedFields,
        },
      });
      const [created] = await tx.$queryRaw<{ id: bigint }[]>`
        SELECT id FROM audit_entries
        WHERE action = 'revert' AND entity_type = ${entry.entityType} AND entity_id = ${entry.entityId}
        ORDER BY id DESC LIMIT 1`;
      return created!.id;
    });
    return this.getAuditEntry(actor, revertId.toString());
  }

  private async findVisible(actor: Actor, id: string): Promise<EntryRow> {
    const [row] = await this.prisma.$queryRaw<EntryRow[]>`${SELECT}
      WHERE a.id = ${BigInt(id)} AND ${visibleEntriesSql(this.policy, actor)}`;
    if (!row) throw AppError.notFound('Audit entry', id);
    return row;
  }

  private filterSql(query: AuditEntryListQuery): Prisma.Sql {
    const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
    if (query.entityType) conditions.push(Prisma.sql`a.entity_type = ${query.entityType}`);
    if (query.entityId) conditions.push(Prisma.sql`a.entity_id = ${query.entityId}`);
    if (query.actorId) conditions.push(Prisma.sql`a.actor_id = ${query.actorId}::uuid`);
    if (query.action) conditions.push(Prisma.sql`a.action = ${query.action}::audit_action`);
    const from = query.from ? instant(query.from, 'start') : undefined;
    const to = query.to ? instant(query.to, 'end') : undefined;
    if (from && to && from > to) {
      throw AppError.validation([{ path: 'query.to', message: 'must not be before query.from' }]);
    }
    if (from) conditions.push(Prisma.sql`a.occurred_at >= ${from}`);
    if (to) conditions.push(Prisma.sql`a.occurred_at <= ${to}`);
    return Prisma.join(conditions, ' AND ');
  }

  private toEntry(actor: Actor, row: EntryRow): AuditEntry {
    const before = redactAuditRecord(this.policy, actor, row.entityType, row.before);
    const after = redactAuditRecord(this.policy, actor, row.entityType, row.after);
    return {
      id: row.id.toString(),
      occurredAt: row.occurredAt.toISOString(),
      action: row.action as AuditEntry['action'],
      entityType: row.entityType,
      entityId: row.entityId,
      actorId: row.actorId,
      actorEmail: row.actorEmail,
      changedFields: diffRecords(before, after, { ignore: SUMMARY_IGNORES }).map((c) => c.field),
      details: row.details ?? null,
    };
  }

  private toDetail(actor: Actor, row: EntryRow): AuditEntryDetail {
    const before = redactAuditRecord(this.policy, actor, row.entityType, row.before) ?? null;
    const after = redactAuditRecord(this.policy, actor, row.entityType, row.after) ?? null;
    const personal = can(actor.role, 'read', 'User');
    return {
      ...this.toEntry(actor, row),
      before,
      after,
      changes: diffRecords(before, after),
      requestId: row.requestId,
      ipAddress: personal ? row.ipAddress : null,
      userAgent: personal ? row.userAgent : null,
      revertible: revertTarget(row) !== undefined,
    };
  }
}

const SELECT = Prisma.sql`
  SELECT a.id, a.occurred_at AS "occurredAt", a.action::text AS action, a.entity_type AS "entityType",
         a.entity_id AS "entityId", a.actor_id::text AS "actorId", a.actor_email AS "actorEmail",
         a.before, a.after, a.details, a.request_id AS "requestId", a.ip_address AS "ipAddress",
         a.user_agent AS "userAgent"
  FROM audit_entries a`;

/** A query date is a whole UTC day (from its start, to its end); a date-time is exact. */
function instant(text: string, edge: 'start' | 'end'): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return new Date(`${text}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`);
  }
  return new Date(text);
}
