import { type Prisma, PrismaClient } from '@habeas/db';
import {
  type CreateOrganisationInput,
  normalizeForSearch,
  type Organisation,
  type OrganisationListQuery,
  type Page,
  searchKey,
  type UpdateOrganisationInput,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { pageArgs, pageResult } from '../../common/list';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import { type OrganisationRow, organisationInclude, toOrganisation } from './organisation.mapper';

const ENTITY = 'Organisation';

/**
 * Organisations: parties, unions, media, NGOs, and the state bodies of the
 * case file (courts, police units, prosecutors, prisons). Every change is
 * version-checked and audited in its own transaction.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async listOrganisations(actor: Actor, query: OrganisationListQuery): Promise<Page<Organisation>> {
    const where: Prisma.OrganisationWhereInput = {
      ...this.policy.visibleWhere(actor, query.includeDeleted),
      ...(query.type ? { type: query.type } : {}),
      ...(query.country ? { country: query.country } : {}),
      ...(query.region ? { region: { equals: query.region, mode: 'insensitive' } } : {}),
      ...(query.q ? { searchKey: { contains: normalizeForSearch(query.q) } } : {}),
    };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.organisation.findMany({
        where,
        include: organisationInclude,
        orderBy: [{ [query.sort]: query.order }, { id: 'asc' }],
        ...pageArgs(query),
      }),
      this.prisma.organisation.count({ where }),
    ]);
    return pageResult(rows.map(toOrganisation), total, query);
  }

  async getOrganisation(actor: Actor, id: string): Promise<Organisation> {
    return toOrganisation(await this.findVisible(actor, id, true));
  }

  async createOrganisation(actor: Actor, input: CreateOrganisationInput): Promise<Organisation> {
    return this.prisma.$transaction(async (tx) => {
      if (input.parentId) await this.assertParentUsable(tx, actor, input.parentId);
      const created = await tx.organisation.create({
        data: {
          name: input.name,
          type: input.type,
          country: input.country ?? null,
          region: input.region ?? null,
          notes: input.notes ?? null,
          parentId: input.parentId ?? null,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
          searchKey: searchKey([input.name, ...(input.names ?? []).map((n) => n.value)]),
          names: { create: input.names ?? [] },
        },
        include: organisationInclude,
      });
      const result = toOrganisation(created);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after: result,
      });
      return result;
    });
  }

  async updateOrganisation(actor: Actor, id: string, input: UpdateOrganisationInput): Promise<Organisation> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, false, tx);
      this.policy.assertCanEdit(actor, { caseIds: [], createdById: before.createdById });
      if (input.parentId) {
        if (input.parentId === id)
          throw AppError.validation([
            { path: 'body.parentId', message: 'cannot be the organisation itself' },
          ]);
        await this.assertParentUsable(tx, actor, input.parentId);
      }
      const { version, names, ...fields } = input;
      const nextNames = names ?? before.names;
      await updateWithVersion(
        tx.organisation,
        id,
        version,
        { ...fields, searchKey: searchKey([fields.name ?? before.name, ...nextNames.map((n) => n.value)]) },
        (current) => this.describeCurrent(actor, current),
      );
      if (names) {
        await tx.organisationName.deleteMany({ where: { organisationId: id } });
        await tx.organisationName.createMany({ data: names.map((n) => ({ ...n, organisationId: id })) });
      }
      const after = toOrganisation(
        await tx.organisation.findUniqueOrThrow({ where: { id }, include: organisationInclude }),
      );
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toOrganisation(before),
        after,
      });
      return after;
    });
  }

  async deleteOrganisation(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, false, tx);
      this.policy.assertCanEdit(actor, { caseIds: [], createdById: before.createdById });
      await updateWithVersion(tx.organisation, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toOrganisation(before),
      });
    });
  }

  async restoreOrganisation(actor: Actor, id: string, version: number): Promise<Organisation> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, true, tx);
      if (!before.deletedAt)
        throw new AppError('VERSION_CONFLICT', 'The organisation is not deleted', {
          current: toOrganisation(before),
        });
      await updateWithVersion(tx.organisation, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c),
      );
      const after = toOrganisation(
        await tx.organisation.findUniqueOrThrow({ where: { id }, include: organisationInclude }),
      );
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toOrganisation(before),
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
  ): Promise<OrganisationRow> {
    const row = await client.organisation.findUnique({ where: { id }, include: organisationInclude });
    const visible = this.policy.assertVisible(actor, row, ENTITY, id);
    if (visible.deletedAt && !includeDeleted) throw AppError.notFound(ENTITY, id);
    return visible;
  }

  private async assertParentUsable(
    tx: Prisma.TransactionClient,
    actor: Actor,
    parentId: string,
  ): Promise<void> {
    const parent = await tx.organisation.findUnique({ where: { id: parentId } });
    if (!parent || parent.deletedAt || !this.policy.canSee(actor, parent.confidentiality)) {
      throw new AppError('REFERENCE_INVALID', 'The parent organisation does not exist', {
        field: 'body.parentId',
      });
    }
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown): Promise<Organisation | null> {
    const row = await this.prisma.organisation.findUnique({
      where: { id: (current as { id: string }).id },
      include: organisationInclude,
    });
    return row && this.policy.canSee(actor, row.confidentiality) ? toOrganisation(row) : null;
  }
}
