import { type Prisma, PrismaClient } from '@habeas/db';
import {
  type CaseDetail,
  type CaseListQuery,
  type CreateCaseInput,
  type LegalCase,
  type Page,
  searchKey,
  type UpdateCaseInput,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { pageArgs, pageResult } from '../../common/list';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import { impreciseDateData } from '../proceedings/date-fields';
import { type RecordView, recordView } from '../proceedings/record-view';
import { legalCaseInclude, toLegalCase } from './case.mapper';
import { CaseAccess } from './case-access.service';
import { CaseDetailReader } from './case-detail.reader';
import { caseEventInclude, toCaseEventLink } from './case-links.mapper';
import { caseListOrderBy, caseListWhere } from './case-list.where';
import { CaseReferences } from './case-references.service';

const ENTITY = 'LegalCase';

/** What the cases list searches: the case number and the title, folded to one script. */
const caseSearchKey = (caseNumber: string | null | undefined, title: string) =>
  searchKey([...(caseNumber ? [caseNumber] : []), title]);

/**
 * Legal cases: the list with its filters, the one-screen detail, and the versioned, audited
 * changes to the case record itself. Links (participants, staff, events) are in CaseLinksService;
 * charges, hearings, sentences and appeals in the proceedings module.
 */
@Injectable()
export class CasesService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: CaseAccess,
    private readonly references: CaseReferences,
    private readonly detail: CaseDetailReader,
  ) {}

  async listCases(actor: Actor, query: CaseListQuery): Promise<Page<LegalCase>> {
    const view = recordView(this.policy, actor);
    const where = caseListWhere(actor, view, this.policy.visibleWhere(actor, query.includeDeleted), query);
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.legalCase.findMany({
        where,
        include: legalCaseInclude(view),
        orderBy: caseListOrderBy(query),
        ...pageArgs(query),
      }),
      this.prisma.legalCase.count({ where }),
    ]);
    return pageResult(
      rows.map((row) => toLegalCase(row, view)),
      total,
      query,
    );
  }

  /** The case page. A deleted case still answers (marked deleted) so it can be restored. */
  async getCase(actor: Actor, id: string): Promise<CaseDetail> {
    const view = recordView(this.policy, actor);
    await this.access.visibleCase(this.prisma, actor, id, actor.role !== 'viewer');
    const row = await this.prisma.legalCase.findUniqueOrThrow({
      where: { id },
      include: legalCaseInclude(view),
    });
    return this.detail.read(row, view, this.access.permissions(actor, row));
  }

  async createCase(actor: Actor, input: CreateCaseInput): Promise<LegalCase> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      if (input.courtId) await this.references.court(tx, actor, input.courtId, 'body.courtId');
      const eventIds = [...new Set(input.eventIds ?? [])];
      for (const [i, eventId] of eventIds.entries())
        await this.references.event(tx, actor, eventId, `body.eventIds.${i}`);
      const created = await tx.legalCase.create({
        data: {
          caseNumber: input.caseNumber || null,
          title: input.title,
          country: input.country ?? null,
          region: input.region || null,
          courtId: input.courtId ?? null,
          stage: input.stage,
          summary: input.summary ?? null,
          ...impreciseDateData('openedOn', input.openedOn),
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
          searchKey: caseSearchKey(input.caseNumber, input.title),
        },
        include: legalCaseInclude(view),
      });
      const after = toLegalCase(created, view);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after,
      });
      for (const eventId of eventIds) {
        const link = await tx.caseEvent.create({
          data: { caseId: created.id, eventId },
          include: caseEventInclude,
        });
        await this.audit.record(tx, actor, {
          action: 'create',
          entityType: 'CaseEvent',
          entityId: link.id,
          after: toCaseEventLink(link),
        });
      }
      return after;
    });
  }

  async updateCase(actor: Actor, id: string, input: UpdateCaseInput): Promise<LegalCase> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      const current = await this.access.editableCase(tx, actor, id);
      const before = await this.load(tx, id, view);
      if (input.courtId) await this.references.court(tx, actor, input.courtId, 'body.courtId');
      const { version, openedOn, caseNumber, region, ...fields } = input;
      const nextNumber = caseNumber === undefined ? current.caseNumber : caseNumber || null;
      await updateWithVersion(
        tx.legalCase,
        id,
        version,
        {
          ...fields,
          ...(caseNumber === undefined ? {} : { caseNumber: caseNumber || null }),
          ...(region === undefined ? {} : { region: region || null }),
          ...impreciseDateData('openedOn', openedOn),
          searchKey: caseSearchKey(nextNumber, fields.title ?? current.title),
        },
        (c) => this.describeCurrent(actor, c, view),
      );
      const after = await this.load(tx, id, view);
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  /** Soft delete: the case and everything in it disappear from lists, and can be restored. */
  async deleteCase(actor: Actor, id: string, version: number): Promise<void> {
    const view = recordView(this.policy, actor);
    await this.prisma.$transaction(async (tx) => {
      await this.access.editableCase(tx, actor, id);
      const before = await this.load(tx, id, view);
      await updateWithVersion(tx.legalCase, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c, view),
      );
      await this.audit.record(tx, actor, { action: 'delete', entityType: ENTITY, entityId: id, before });
    });
  }

  async restoreCase(actor: Actor, id: string, version: number): Promise<LegalCase> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      await this.access.editableCase(tx, actor, id, true);
      const before = await this.load(tx, id, view);
      if (!before.deletedAt) throw AppError.conflict('The case is not deleted', before);
      await updateWithVersion(tx.legalCase, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c, view),
      );
      const after = await this.load(tx, id, view);
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  private async load(tx: Prisma.TransactionClient, id: string, view: RecordView): Promise<LegalCase> {
    return toLegalCase(
      await tx.legalCase.findUniqueOrThrow({ where: { id }, include: legalCaseInclude(view) }),
      view,
    );
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown, view: RecordView): Promise<LegalCase | null> {
    const row = await this.prisma.legalCase.findUnique({
      where: { id: (current as { id: string }).id },
      include: legalCaseInclude(view),
    });
    return row && this.policy.canSee(actor, row.confidentiality) ? toLegalCase(row, view) : null;
  }
}
