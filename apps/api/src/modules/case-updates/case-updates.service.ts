import { type Prisma, PrismaClient } from '@habeas/db';
import type {
  AddCaseUpdateInput,
  CaseUpdate,
  CaseUpdateListQuery,
  CaseUpdateTimelineQuery,
  Confidentiality,
  FieldIssue,
  Page,
  UpdateCaseUpdateInput,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { pageArgs, pageResult } from '../../common/list';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import { toSourceCitation } from '../sources/source.mapper';
import { assertSourcesUsable, citeSource } from '../sources/source-references';
import { type CaseUpdateRow, type CiteSource, caseUpdateInclude, toCaseUpdate } from './case-update.mapper';
import { dateData } from './imprecise-date.data';
import { dayBounds, impreciseDateWithin } from './imprecise-date.where';

const ENTITY = 'CaseUpdate';
type Tx = Prisma.TransactionClient;

/** Newest fact first; a vague date sorts by its first day (what fact_on holds), then newest entry. */
const TIMELINE_ORDER: Prisma.CaseUpdateOrderByWithRelationInput[] = [
  { factOn: 'desc' },
  { createdAt: 'desc' },
  { id: 'desc' },
];

/**
 * Case updates: the dated timeline entries staff add most often, about a person, a case or both.
 * One request writes the update, its source links and its audit entry in one transaction; the
 * person's and the case's timelines read the same rows, so the entry shows on both at once.
 * Readers see an update only when they may see it AND the person and case it is about, and only
 * the sources they may see, identity fields redacted.
 */
@Injectable()
export class CaseUpdatesService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async listCaseUpdates(actor: Actor, query: CaseUpdateListQuery): Promise<Page<CaseUpdate>> {
    const q = query.q?.trim();
    const where: Prisma.CaseUpdateWhereInput = {
      AND: [
        this.visibleWhere(actor, query.includeDeleted),
        this.commonFilters(query),
        {
          ...(query.personId ? { personId: query.personId } : {}),
          ...(query.caseId ? { caseId: query.caseId } : {}),
          ...(query.authorId ? { authorId: query.authorId } : {}),
          ...(q ? { id: { in: await this.fullTextMatches(q) } } : {}),
        },
      ],
    };
    const orderBy: Prisma.CaseUpdateOrderByWithRelationInput[] =
      query.sort === 'factOn'
        ? [{ factOn: query.order }, { createdAt: query.order }, { id: query.order }]
        : [{ createdAt: query.order }, { id: query.order }];
    return this.page(actor, where, orderBy, query);
  }

  async listPersonTimeline(actor: Actor, personId: string, query: CaseUpdateTimelineQuery) {
    const person = await this.prisma.person.findUnique({ where: { id: personId } });
    this.assertSubjectVisible(actor, person, 'Person', personId);
    const where: Prisma.CaseUpdateWhereInput = {
      AND: [
        this.visibleWhere(actor, query.includeDeleted, 'person'),
        this.commonFilters(query),
        { personId },
      ],
    };
    return this.page(actor, where, TIMELINE_ORDER, query);
  }

  async listCaseTimeline(actor: Actor, caseId: string, query: CaseUpdateTimelineQuery) {
    const legalCase = await this.prisma.legalCase.findUnique({ where: { id: caseId } });
    this.assertSubjectVisible(actor, legalCase, 'LegalCase', caseId);
    const where: Prisma.CaseUpdateWhereInput = {
      AND: [this.visibleWhere(actor, query.includeDeleted, 'case'), this.commonFilters(query), { caseId }],
    };
    return this.page(actor, where, TIMELINE_ORDER, query);
  }

  async getCaseUpdate(actor: Actor, id: string): Promise<CaseUpdate> {
    return toCaseUpdate(await this.findVisible(actor, id, true), this.cite(actor));
  }

  async addCaseUpdate(actor: Actor, input: AddCaseUpdateInput): Promise<CaseUpdate> {
    const factOn = input.factOn ?? input.factOnText;
    if (!factOn)
      throw AppError.validation([{ path: 'body.factOn', message: 'the date of the fact is required' }]);
    return this.prisma.$transaction(async (tx) => {
      await this.assertSubjectsUsable(tx, actor, { personId: input.personId, caseId: input.caseId });
      await this.assertAuthorUsable(tx, actor, input.authorId);
      await assertSourcesUsable(tx, this.policy, actor, input.sourceIds ?? [], (i) => `body.sourceIds.${i}`);
      const created = await tx.caseUpdate.create({
        data: {
          personId: input.personId ?? null,
          caseId: input.caseId ?? null,
          factOn: new Date(`${factOn.value}T00:00:00.000Z`),
          factOnPrecision: factOn.precision,
          kind: input.kind,
          title: input.title || null,
          body: input.body,
          authorId: input.authorId ?? actor.userId,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
          sources: { create: (input.sourceIds ?? []).map((sourceId) => ({ sourceId })) },
        },
        include: caseUpdateInclude,
      });
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after: toCaseUpdate(created, toSourceCitation),
      });
      return toCaseUpdate(created, this.cite(actor));
    });
  }

  async updateCaseUpdate(actor: Actor, id: string, input: UpdateCaseUpdateInput): Promise<CaseUpdate> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, false, tx);
      this.policy.assertCanEdit(actor, await this.editScope(tx, before));
      const { version, factOn, factOnText, sourceIds, personId, caseId, title, ...fields } = input;
      const next = {
        personId: personId === undefined ? before.personId : personId,
        caseId: caseId === undefined ? before.caseId : caseId,
      };
      if (!next.personId && !next.caseId) {
        throw AppError.validation([
          { path: 'body.personId', message: 'a case update is about a person, a case, or both' },
        ]);
      }
      // Moving the update to another person or case needs the same rights there as adding one.
      await this.assertSubjectsUsable(tx, actor, {
        personId: next.personId !== before.personId ? next.personId : null,
        caseId: next.caseId !== before.caseId ? next.caseId : null,
      });
      await this.assertAuthorUsable(tx, actor, fields.authorId);
      if (sourceIds) {
        await assertSourcesUsable(tx, this.policy, actor, sourceIds, (i) => `body.sourceIds.${i}`);
      }
      await updateWithVersion(
        tx.caseUpdate,
        id,
        version,
        {
          ...fields,
          ...(title === undefined ? {} : { title: title || null }),
          ...(personId === undefined ? {} : { personId }),
          ...(caseId === undefined ? {} : { caseId }),
          ...dateData('factOn', factOn ?? factOnText),
        },
        (current) => this.describeCurrent(actor, current),
      );
      if (sourceIds) await this.replaceSources(tx, actor, id, sourceIds);
      const after = await tx.caseUpdate.findUniqueOrThrow({ where: { id }, include: caseUpdateInclude });
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toCaseUpdate(before, toSourceCitation),
        after: toCaseUpdate(after, toSourceCitation),
      });
      return toCaseUpdate(after, this.cite(actor));
    });
  }

  async deleteCaseUpdate(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, false, tx);
      this.policy.assertCanEdit(actor, await this.editScope(tx, before));
      await updateWithVersion(tx.caseUpdate, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toCaseUpdate(before, toSourceCitation),
      });
    });
  }

  async restoreCaseUpdate(actor: Actor, id: string, version: number): Promise<CaseUpdate> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findVisible(actor, id, true, tx);
      if (!before.deletedAt) {
        throw AppError.conflict('The case update is not deleted', toCaseUpdate(before, this.cite(actor)));
      }
      this.policy.assertCanEdit(actor, await this.editScope(tx, before));
      await updateWithVersion(tx.caseUpdate, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c),
      );
      const after = await tx.caseUpdate.findUniqueOrThrow({ where: { id }, include: caseUpdateInclude });
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toCaseUpdate(before, toSourceCitation),
        after: toCaseUpdate(after, toSourceCitation),
      });
      return toCaseUpdate(after, this.cite(actor));
    });
  }

  // ---------------------------------------------------------------------------------------------

  private async page(
    actor: Actor,
    where: Prisma.CaseUpdateWhereInput,
    orderBy: Prisma.CaseUpdateOrderByWithRelationInput[],
    query: CaseUpdateTimelineQuery,
  ): Promise<Page<CaseUpdate>> {
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.caseUpdate.findMany({ where, include: caseUpdateInclude, orderBy, ...pageArgs(query) }),
      this.prisma.caseUpdate.count({ where }),
    ]);
    const cite = this.cite(actor);
    return pageResult(
      rows.map((row) => toCaseUpdate(row, cite)),
      total,
      query,
    );
  }

  /**
   * Updates the actor may see: their own level, and the person and case they are about visible too
   * (an internal note about a restricted case would otherwise leak the case). `subject` is the
   * person or case whose timeline is read: already checked, and readable even when deleted.
   */
  private visibleWhere(
    actor: Actor,
    includeDeleted: boolean | undefined,
    subject?: 'person' | 'case',
  ): Prisma.CaseUpdateWhereInput {
    const levels = this.policy.levels(actor);
    const parent = (own: boolean) => ({
      confidentiality: { in: levels },
      ...(own ? {} : { deletedAt: null }),
    });
    return {
      ...this.policy.visibleWhere(actor, includeDeleted),
      AND: [
        { OR: [{ personId: null }, { person: parent(subject === 'person') }] },
        { OR: [{ caseId: null }, { legalCase: parent(subject === 'case') }] },
      ],
    };
  }

  private commonFilters(query: CaseUpdateTimelineQuery): Prisma.CaseUpdateWhereInput {
    return {
      ...(query.kind ? { kind: query.kind } : {}),
      AND: impreciseDateWithin('factOn', dayBounds(query)) as Prisma.CaseUpdateWhereInput[],
    };
  }

  /**
   * Ids of updates whose title or body contain every word of `q` (search_vector, filled by a
   * trigger with the 'simple' configuration: no stemming, the same for Russian, Kazakh and English).
   */
  private async fullTextMatches(q: string): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM case_updates WHERE search_vector @@ plainto_tsquery('simple', ${q})`;
    return rows.map((r) => r.id);
  }

  private cite(actor: Actor): CiteSource {
    return (source) => citeSource(this.policy, actor, source);
  }

  private assertSubjectVisible(
    actor: Actor,
    record: { confidentiality: Confidentiality; deletedAt: Date | null } | null,
    entity: string,
    id: string,
  ): void {
    if (!record || !this.policy.canSee(actor, record.confidentiality)) throw AppError.notFound(entity, id);
    if (record.deletedAt && actor.role === 'viewer') throw AppError.notFound(entity, id);
  }

  /**
   * The person and case an update is about must exist, be visible, and be within the actor's
   * remit: researchers only for their assigned cases or records they created; coordinators everywhere.
   */
  private async assertSubjectsUsable(
    tx: Tx,
    actor: Actor,
    subjects: { personId?: string | null; caseId?: string | null },
  ): Promise<void> {
    const issues: FieldIssue[] = [];
    const levels = this.policy.levels(actor);
    const person = subjects.personId
      ? await tx.person.findFirst({
          where: { id: subjects.personId, deletedAt: null, confidentiality: { in: levels } },
          select: {
            createdById: true,
            caseLinks: { select: { caseId: true } },
            charges: { where: { deletedAt: null }, select: { caseId: true } },
          },
        })
      : undefined;
    if (person === null) issues.push({ path: 'body.personId', message: 'no such person' });
    const legalCase = subjects.caseId
      ? await tx.legalCase.findFirst({
          where: { id: subjects.caseId, deletedAt: null, confidentiality: { in: levels } },
          select: { id: true, createdById: true },
        })
      : undefined;
    if (legalCase === null) issues.push({ path: 'body.caseId', message: 'no such case' });
    if (issues.length > 0) throw AppError.validation(issues);
    if (person) {
      this.policy.assertCanEdit(actor, {
        caseIds: [...person.caseLinks, ...person.charges].map((l) => l.caseId),
        createdById: person.createdById,
      });
    }
    if (legalCase)
      this.policy.assertCanEdit(actor, { caseIds: [legalCase.id], createdById: legalCase.createdById });
  }

  private async assertAuthorUsable(tx: Tx, actor: Actor, authorId: string | undefined): Promise<void> {
    if (!authorId || authorId === actor.userId) return;
    const author = await tx.user.findFirst({ where: { id: authorId, active: true, deletedAt: null } });
    if (!author) throw AppError.validation([{ path: 'body.authorId', message: 'no such staff member' }]);
  }

  /**
   * Replaces the sources the actor can see; links to sources hidden from them (restricted, or
   * deleted) stay, since nobody may remove what they cannot see.
   */
  private async replaceSources(
    tx: Tx,
    actor: Actor,
    caseUpdateId: string,
    sourceIds: string[],
  ): Promise<void> {
    await tx.caseUpdateSource.deleteMany({
      where: {
        caseUpdateId,
        sourceId: { notIn: sourceIds },
        source: { deletedAt: null, confidentiality: { in: this.policy.levels(actor) } },
      },
    });
    await tx.caseUpdateSource.createMany({
      data: sourceIds.map((sourceId) => ({ caseUpdateId, sourceId })),
      skipDuplicates: true,
    });
  }

  /** Researchers may change updates they created, or updates about their assigned cases (or their people). */
  private async editScope(
    tx: Tx,
    update: CaseUpdateRow,
  ): Promise<{ caseIds: string[]; createdById: string | null }> {
    const personCases = update.personId
      ? await tx.caseParticipant.findMany({ where: { personId: update.personId }, select: { caseId: true } })
      : [];
    const caseIds = [...(update.caseId ? [update.caseId] : []), ...personCases.map((p) => p.caseId)];
    return { caseIds, createdById: update.createdById };
  }

  private async findVisible(actor: Actor, id: string, includeDeleted: boolean, client: Tx = this.prisma) {
    const row = await client.caseUpdate.findFirst({
      where: { AND: [this.visibleWhere(actor, true), { id }] },
      include: caseUpdateInclude,
    });
    if (!row || (row.deletedAt && (!includeDeleted || actor.role === 'viewer')))
      throw AppError.notFound(ENTITY, id);
    return row;
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown): Promise<CaseUpdate | null> {
    const row = await this.prisma.caseUpdate.findFirst({
      where: { AND: [this.visibleWhere(actor, true), { id: (current as { id: string }).id }] },
      include: caseUpdateInclude,
    });
    return row ? toCaseUpdate(row, this.cite(actor)) : null;
  }
}
