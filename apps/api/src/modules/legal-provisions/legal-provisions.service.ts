import { type Prisma, PrismaClient } from '@habeas/db';
import {
  type CreateLegalProvisionInput,
  type LegalProvision,
  type LegalProvisionListQuery,
  matchesSearchKey,
  type Page,
  queryTokens,
  type UpdateLegalProvisionInput,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { pageArgs, pageResult } from '../../common/list';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import { type LegalProvisionRow, provisionSearchKey, toLegalProvision } from './legal-provision.mapper';

const ENTITY = 'LegalProvision';

/** '' means "no title" to a form; store it as NULL so "has a Russian title" stays a simple test. */
const blankToNull = (v: string | null | undefined) => (v === '' ? null : v);

/**
 * The catalogue of statutes (code + article + part, titles in three languages) that charges
 * point to. Statutes are public law, so entries default to public. The role matrix decides who
 * may change the catalogue (subject 'Catalogue'); there is no per-case rule here.
 */
@Injectable()
export class LegalProvisionsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async listLegalProvisions(actor: Actor, query: LegalProvisionListQuery): Promise<Page<LegalProvision>> {
    const where: Prisma.LegalProvisionWhereInput = {
      ...this.policy.visibleWhere(actor, query.includeDeleted),
      ...(query.category ? { category: query.category } : {}),
    };
    const orderBy = [
      { [query.sort]: query.order },
      { article: 'asc' as const },
      { part: 'asc' as const },
      { id: 'asc' as const },
    ];
    const tokens = query.q ? queryTokens(query.q) : [];
    if (tokens.length === 0) {
      const [rows, total] = await this.prisma.$transaction([
        this.prisma.legalProvision.findMany({ where, orderBy, ...pageArgs(query) }),
        this.prisma.legalProvision.count({ where }),
      ]);
      return pageResult(rows.map(toLegalProvision), total, query);
    }
    // The table has no search_key column, and titles come in three scripts: match in memory with
    // the same folding as every other search. A catalogue holds hundreds of statutes, not millions.
    const rows = await this.prisma.legalProvision.findMany({ where, orderBy });
    const matching = rows.filter((row) => matchesSearchKey(provisionSearchKey(row), tokens));
    const { skip, take } = pageArgs(query);
    return pageResult(matching.slice(skip, skip + take).map(toLegalProvision), matching.length, query);
  }

  async getLegalProvision(actor: Actor, id: string): Promise<LegalProvision> {
    return toLegalProvision(await this.findVisible(actor, id, true));
  }

  async createLegalProvision(actor: Actor, input: CreateLegalProvisionInput): Promise<LegalProvision> {
    return this.prisma.$transaction(async (tx) => {
      const created = await tx.legalProvision.create({
        data: {
          code: input.code,
          article: input.article,
          part: input.part,
          titleEn: blankToNull(input.titleEn) ?? null,
          titleRu: blankToNull(input.titleRu) ?? null,
          titleKk: blankToNull(input.titleKk) ?? null,
          category: input.category,
          confidentiality: input.confidentiality ?? 'public',
          createdById: actor.userId,
        },
      });
      const after = toLegalProvision(created);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after,
      });
      return after;
    });
  }

  async updateLegalProvision(
    actor: Actor,
    id: string,
    input: UpdateLegalProvisionInput,
  ): Promise<LegalProvision> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, false, tx);
      const { version, titleEn, titleRu, titleKk, ...fields } = input;
      await updateWithVersion(
        tx.legalProvision,
        id,
        version,
        {
          ...fields,
          ...(titleEn === undefined ? {} : { titleEn: blankToNull(titleEn) }),
          ...(titleRu === undefined ? {} : { titleRu: blankToNull(titleRu) }),
          ...(titleKk === undefined ? {} : { titleKk: blankToNull(titleKk) }),
        },
        (current) => this.describeCurrent(actor, current),
      );
      const after = toLegalProvision(await tx.legalProvision.findUniqueOrThrow({ where: { id } }));
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toLegalProvision(before),
        after,
      });
      return after;
    });
  }

  /**
   * Soft delete: charges already filed under the provision keep showing it, but it can no
   * longer be chosen for a new charge.
   */
  async deleteLegalProvision(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, false, tx);
      await updateWithVersion(tx.legalProvision, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toLegalProvision(before),
      });
    });
  }

  async restoreLegalProvision(actor: Actor, id: string, version: number): Promise<LegalProvision> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, true, tx);
      if (!before.deletedAt)
        throw AppError.conflict('The legal provision is not deleted', toLegalProvision(before));
      await updateWithVersion(tx.legalProvision, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c),
      );
      const after = toLegalProvision(await tx.legalProvision.findUniqueOrThrow({ where: { id } }));
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toLegalProvision(before),
        after,
      });
      return after;
    });
  }

  private async findVisible(
    actor: Actor,
    id: string,
    includeDeleted: boolean,
    client: Prisma.TransactionClient = this.prisma,
  ): Promise<LegalProvisionRow> {
    const row = await client.legalProvision.findUnique({ where: { id } });
    const visible = this.policy.assertVisible(actor, row, ENTITY, id);
    if (visible.deletedAt && !includeDeleted) throw AppError.notFound(ENTITY, id);
    return visible;
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown): Promise<LegalProvision | null> {
    const row = current as LegalProvisionRow;
    return this.policy.canSee(actor, row.confidentiality) ? toLegalProvision(row) : null;
  }
}
