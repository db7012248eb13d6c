import { type Prisma, PrismaClient } from '@habeas/db';
import type { CreateSourceInput, Page, Source, SourceListQuery, UpdateSourceInput } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { pageArgs, pageResult } from '../../common/list';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { dateData } from '../case-updates/imprecise-date.data';
import { dayBounds, impreciseDateWithin } from '../case-updates/imprecise-date.where';
import { PolicyService } from '../policy/policy.service';
import { credibilityToDb, type SourceRow, sourceInclude, toSource } from './source.mapper';

const ENTITY = 'Source';

/**
 * Sources: interviews, court documents, articles, NGO reports, official statements, graded with
 * the Admiralty code. Two levels of secrecy: the record (`confidentiality`) and the identity of
 * who spoke (`identityConfidentiality`, restricted for an anonymous witness; `contact` is always
 * sensitive). Readers get records through policy.redact; audit entries keep the whole record.
 */
@Injectable()
export class SourcesService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async listSources(actor: Actor, query: SourceListQuery): Promise<Page<Source>> {
    const levels = this.policy.levels(actor);
    const q = query.q?.trim();
    const where: Prisma.SourceWhereInput = {
      ...this.policy.visibleWhere(actor, query.includeDeleted),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.reliability ? { reliability: query.reliability } : {}),
      ...(query.credibility ? { credibility: credibilityToDb(query.credibility) } : {}),
      ...(query.publisherId ? { publisherId: query.publisherId } : {}),
      ...(query.language ? { language: { equals: query.language, mode: 'insensitive' } } : {}),
      AND: [
        ...impreciseDateWithin('publishedOn', dayBounds(query)),
        ...(q
          ? [
              {
                OR: [
                  { title: { contains: q, mode: 'insensitive' } },
                  { citation: { contains: q, mode: 'insensitive' } },
                  // Searching by author must not find an anonymous witness for someone who may not see the name.
                  { author: { contains: q, mode: 'insensitive' }, identityConfidentiality: { in: levels } },
                ],
              },
            ]
          : []),
      ] as Prisma.SourceWhereInput[],
    };
    const orderBy: Prisma.SourceOrderByWithRelationInput =
      query.sort === 'publishedOn'
        ? { publishedOn: { sort: query.order, nulls: 'last' } }
        : { [query.sort]: query.order };
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.source.findMany({
        where,
        include: sourceInclude,
        orderBy: [orderBy, { id: 'asc' }],
        ...pageArgs(query),
      }),
      this.prisma.source.count({ where }),
    ]);
    return pageResult(
      rows.map((row) => this.forReader(actor, row)),
      total,
      query,
    );
  }

  async getSource(actor: Actor, id: string): Promise<Source> {
    return this.forReader(actor, await this.findVisible(actor, id, true));
  }

  async createSource(actor: Actor, input: CreateSourceInput): Promise<Source> {
    return this.prisma.$transaction(async (tx) => {
      if (input.publisherId) await this.assertPublisherUsable(tx, actor, input.publisherId);
      const created = await tx.source.create({
        data: {
          kind: input.kind,
          title: input.title,
          citation: input.citation ?? null,
          url: input.url ?? null,
          publisherId: input.publisherId ?? null,
          ...dateData('publishedOn', input.publishedOn),
          author: input.author ?? null,
          reliability: input.reliability ?? null,
          credibility: credibilityToDb(input.credibility) ?? null,
          language: input.language ?? null,
          identityConfidentiality: input.identityConfidentiality ?? 'internal',
          contact: input.contact ?? null,
          notes: input.notes ?? null,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
        },
        include: sourceInclude,
      });
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after: toSource(created),
      });
      return this.forReader(actor, created);
    });
  }

  async updateSource(actor: Actor, id: string, input: UpdateSourceInput): Promise<Source> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, false, tx);
      this.policy.assertCanEdit(actor, await this.editScope(tx, before));
      this.assertMayChangeIdentity(actor, before, input);
      if (input.publisherId) await this.assertPublisherUsable(tx, actor, input.publisherId);
      const { version, publishedOn, credibility, ...fields } = input;
      await updateWithVersion(
        tx.source,
        id,
        version,
        {
          ...fields,
          ...dateData('publishedOn', publishedOn),
          ...(credibility === undefined ? {} : { credibility: credibilityToDb(credibility) }),
        },
        (current) => this.describeCurrent(actor, current),
      );
      const after = await tx.source.findUniqueOrThrow({ where: { id }, include: sourceInclude });
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toSource(before),
        after: toSource(after),
      });
      return this.forReader(actor, after);
    });
  }

  async deleteSource(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, false, tx);
      this.policy.assertCanEdit(actor, await this.editScope(tx, before));
      await updateWithVersion(tx.source, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toSource(before),
      });
    });
  }

  async restoreSource(actor: Actor, id: string, version: number): Promise<Source> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, true, tx);
      if (!before.deletedAt) {
        throw AppError.conflict('The source is not deleted', this.forReader(actor, before));
      }
      await updateWithVersion(tx.source, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c),
      );
      const after = await tx.source.findUniqueOrThrow({ where: { id }, include: sourceInclude });
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toSource(before),
        after: toSource(after),
      });
      return this.forReader(actor, after);
    });
  }

  /** What this reader may receive: identity fields above their clearance removed. */
  private forReader(actor: Actor, row: SourceRow): Source {
    return this.policy.redact(actor, ENTITY, toSource(row));
  }

  /**
   * Nobody may overwrite or unmask identity fields they are not cleared to see: the author of an
   * anonymous witness, any contact, or the identity level itself when it is above their clearance.
   */
  private assertMayChangeIdentity(actor: Actor, before: SourceRow, input: UpdateSourceInput): void {
    const seesIdentity = this.policy.canSee(actor, before.identityConfidentiality);
    const touchesHidden =
      (input.contact !== undefined && !this.policy.canSee(actor, 'restricted')) ||
      ((input.author !== undefined || input.identityConfidentiality !== undefined) && !seesIdentity);
    if (touchesHidden) {
      throw AppError.forbidden(
        'Only users cleared for restricted data may change the identity of this source (author, contact)',
      );
    }
  }

  /** Researchers may change sources they created, or those cited in updates of their assigned cases. */
  private async editScope(
    tx: Prisma.TransactionClient,
    source: SourceRow,
  ): Promise<{ caseIds: string[]; createdById: string | null }> {
    const links = await tx.caseUpdateSource.findMany({
      where: { sourceId: source.id, caseUpdate: { caseId: { not: null } } },
      select: { caseUpdate: { select: { caseId: true } } },
    });
    const caseIds = [...new Set(links.map((l) => l.caseUpdate.caseId).filter((c): c is string => !!c))];
    return { caseIds, createdById: source.createdById };
  }

  private async findVisible(
    actor: Actor,
    id: string,
    includeDeleted: boolean,
    client: Prisma.TransactionClient = this.prisma,
  ): Promise<SourceRow> {
    const row = await client.source.findUnique({ where: { id }, include: sourceInclude });
    const visible = this.policy.assertVisible(actor, row, ENTITY, id);
    if (visible.deletedAt && (!includeDeleted || actor.role === 'viewer'))
      throw AppError.notFound(ENTITY, id);
    return visible;
  }

  private async assertPublisherUsable(
    tx: Prisma.TransactionClient,
    actor: Actor,
    publisherId: string,
  ): Promise<void> {
    const publisher = await tx.organisation.findUnique({ where: { id: publisherId } });
    if (!publisher || publisher.deletedAt || !this.policy.canSee(actor, publisher.confidentiality)) {
      throw AppError.validation([{ path: 'body.publisherId', message: 'no such organisation' }]);
    }
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown): Promise<Source | null> {
    const row = await this.prisma.source.findUnique({
      where: { id: (current as { id: string }).id },
      include: sourceInclude,
    });
    return row && this.policy.canSee(actor, row.confidentiality) ? this.forReader(actor, row) : null;
  }
}
