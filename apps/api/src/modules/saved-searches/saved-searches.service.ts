import { type Prisma, PrismaClient } from '@habeas/db';
import {
  type CreateSavedSearchInput,
  ErrorCode,
  type SavedSearch,
  type SavedSearchList,
  type SavedSearchListQuery,
  type SearchScope,
  type UpdateSavedSearchInput,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { type SavedSearchRow, savedSearchInclude, toSavedSearch } from './saved-search.mapper';

const ENTITY = 'SavedSearch';
type Tx = Prisma.TransactionClient;

/**
 * Saved searches: a user's own, plus those colleagues shared. Only the owner changes or deletes
 * one (a colleague's shared search is read-only: 403; someone's private one does not exist for
 * others: 404). Versioned and audited like every record. Running a saved search is the list
 * endpoints' job, with the permissions of whoever runs it: nothing here grants access to data.
 */
@Injectable()
export class SavedSearchesService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
  ) {}

  async listSavedSearches(actor: Actor, query: SavedSearchListQuery): Promise<SavedSearchList> {
    const rows = await this.prisma.savedSearch.findMany({
      where: {
        OR: [{ ownerId: actor.userId }, { shared: true, owner: { deletedAt: null, active: true } }],
        ...(query.scope ? { scope: query.scope } : {}),
      },
      include: savedSearchInclude,
      orderBy: [{ scope: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      take: 1000,
    });
    // Own searches first, then colleagues', each alphabetically within a scope.
    const items = rows.map((row) => toSavedSearch(row, actor.userId));
    return { items: [...items.filter((s) => s.mine), ...items.filter((s) => !s.mine)] };
  }

  async createSavedSearch(actor: Actor, input: CreateSavedSearchInput): Promise<SavedSearch> {
    return this.prisma.$transaction(async (tx) => {
      await this.assertNameFree(tx, actor.userId, input.scope, input.name);
      const created = await tx.savedSearch.create({
        data: {
          ownerId: actor.userId,
          name: input.name,
          scope: input.scope,
          query: input.query,
          filters: input.filters,
          shared: input.shared,
        },
        include: savedSearchInclude,
      });
      const after = toSavedSearch(created, actor.userId);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after,
      });
      return after;
    });
  }

  async updateSavedSearch(actor: Actor, id: string, input: UpdateSavedSearchInput): Promise<SavedSearch> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findOwn(tx, actor, id);
      const { version, ...fields } = input;
      const name = fields.name ?? before.name;
      const scope = fields.scope ?? before.scope;
      if (name !== before.name || scope !== before.scope)
        await this.assertNameFree(tx, actor.userId, scope, name, id);
      await updateWithVersion(tx.savedSearch, id, version, fields, (current) =>
        this.describeCurrent(actor, current),
      );
      const after = toSavedSearch(
        await tx.savedSearch.findUniqueOrThrow({ where: { id }, include: savedSearchInclude }),
        actor.userId,
      );
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toSavedSearch(before, actor.userId),
        after,
      });
      return after;
    });
  }

  /** A real delete (saved searches have no soft delete); the audit entry keeps the whole record. */
  async deleteSavedSearch(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findOwn(tx, actor, id);
      const { count } = await tx.savedSearch.deleteMany({ where: { id, version } });
      if (count !== 1) {
        throw AppError.conflict(
          'Someone else changed this saved search after you opened it: review it and delete it again',
          await this.describeCurrent(actor, { id }),
        );
      }
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toSavedSearch(before, actor.userId),
      });
    });
  }

  /** The actor's own saved search; 404 when they cannot see it, 403 for a colleague's shared one. */
  private async findOwn(tx: Tx, actor: Actor, id: string): Promise<SavedSearchRow> {
    const row = await tx.savedSearch.findUnique({ where: { id }, include: savedSearchInclude });
    if (!row || (row.ownerId !== actor.userId && !row.shared)) throw AppError.notFound(ENTITY, id);
    if (row.ownerId !== actor.userId) {
      throw AppError.forbidden(
        'Only its owner may change or delete a saved search; save a copy of your own instead',
      );
    }
    return row;
  }

  private async assertNameFree(
    tx: Tx,
    ownerId: string,
    scope: SearchScope,
    name: string,
    exceptId?: string,
  ): Promise<void> {
    const clash = await tx.savedSearch.findFirst({
      where: { ownerId, scope, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    if (clash) {
      throw new AppError(
        ErrorCode.ALREADY_EXISTS,
        `You already have a saved search named "${name}" for ${scope}`,
        {
          field: 'body.name',
          existingId: clash.id,
        },
      );
    }
  }

  private async describeCurrent(actor: Actor, current: unknown): Promise<SavedSearch | null> {
    const row = await this.prisma.savedSearch.findUnique({
      where: { id: (current as { id: string }).id },
      include: savedSearchInclude,
    });
    return row ? toSavedSearch(row, actor.userId) : null;
  }
}
