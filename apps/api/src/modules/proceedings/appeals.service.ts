import { type Prisma, PrismaClient } from '@habeas/db';
import type {
  Appeal,
  AppealListItem,
  AppealListQuery,
  CreateAppealInput,
  Page,
  UpdateAppealInput,
} from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { dateFromDb, isoDay } from '../../common/imprecise-date.db';
import { pageArgs, pageResult } from '../../common/list';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { CaseReferences } from '../cases/case-references.service';
import { invalidReference } from '../cases/reference-error';
import { PolicyService } from '../policy/policy.service';
import {
  type AppealRow,
  appealInclude,
  appealListInclude,
  toAppeal,
  toAppealListItem,
} from './appeal.mapper';
import { appealIssues } from './appeal-rules';
import { assertCaseRecordVisible, notDeleted } from './case-record';
import { impreciseDateData } from './date-fields';
import { merged } from './date-rules';
import { type RecordView, recordView, visibleTo } from './record-view';

const ENTITY = 'Appeal';
type Tx = Prisma.TransactionClient;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Appeals and complaints, domestic and international, with their deadlines. The days left and
 * the overdue flag are derived in every answer. The appeals list (GET /api/appeals) spans all
 * cases, for the page where staff watch deadlines.
 */
@Injectable()
export class AppealsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: CaseAccess,
    private readonly references: CaseReferences,
  ) {}

  async listAppeals(actor: Actor, query: AppealListQuery): Promise<Page<AppealListItem>> {
    const view = recordView(this.policy, actor);
    const and: Prisma.AppealWhereInput[] = [
      this.policy.visibleWhere(actor, query.includeDeleted),
      // The appellant, when there is one, must be visible too (as in visibleAppealsWhere).
      { OR: [{ personId: null }, { person: visibleTo(view) }] },
      // An appeal is only as visible as its case.
      { legalCase: visibleTo(view) },
    ];
    if (query.status) and.push({ status: query.status });
    if (query.level) and.push({ level: query.level });
    if (query.personId) and.push({ personId: query.personId });
    if (query.caseId) and.push({ caseId: query.caseId });
    if (query.deadlineFrom) and.push({ deadline: { gte: day(query.deadlineFrom) } });
    if (query.deadlineTo) and.push({ deadline: { lte: day(query.deadlineTo) } });
    if (query.overdue !== undefined) {
      // Same rule as appealDeadlineStatus: deadline passed while the appeal is still only planned.
      const overdue: Prisma.AppealWhereInput = { status: 'planned', deadline: { lt: day(view.today) } };
      and.push(query.overdue ? overdue : { NOT: overdue });
    }
    const where: Prisma.AppealWhereInput = { AND: and };
    const orderBy: Prisma.AppealOrderByWithRelationInput[] = [
      query.sort === 'deadline' || query.sort === 'filedOn'
        ? { [query.sort]: { sort: query.order, nulls: 'last' } }
        : { [query.sort]: query.order },
      { id: 'asc' },
    ];
    const [rows, total] = await this.prisma.$transaction([
      this.prisma.appeal.findMany({ where, include: appealListInclude, orderBy, ...pageArgs(query) }),
      this.prisma.appeal.count({ where }),
    ]);
    return pageResult(
      rows.map((row) => toAppealListItem(row, view)),
      total,
      query,
    );
  }

  async createAppeal(actor: Actor, caseId: string, input: CreateAppealInput): Promise<Appeal> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      await this.access.editableCase(tx, actor, caseId);
      const personId = input.personId ?? null;
      const sentenceId = input.sentenceId ?? null;
      await this.checkReferences(tx, actor, caseId, { personId, sentenceId, bodyId: input.bodyId ?? null });
      const issues = appealIssues({
        filedOn: input.filedOn ?? null,
        decisionOn: input.decisionOn ?? null,
        deadline: input.deadline ?? null,
        verdictOn: await this.verdictOf(tx, sentenceId),
      });
      if (issues.length > 0) throw AppError.validation(issues);
      const created = await tx.appeal.create({
        data: {
          caseId,
          personId,
          sentenceId,
          level: input.level,
          bodyId: input.bodyId ?? null,
          bodyName: input.bodyName || null,
          ...impreciseDateData('filedOn', input.filedOn),
          deadline: input.deadline ? day(input.deadline) : null,
          status: input.status,
          ...impreciseDateData('decisionOn', input.decisionOn),
          resultingChange: input.resultingChange ?? null,
          notes: input.notes ?? null,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
        },
        include: appealInclude,
      });
      const after = toAppeal(created, view);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after,
      });
      return after;
    });
  }

  async updateAppeal(actor: Actor, id: string, input: UpdateAppealInput): Promise<Appeal> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id);
      const { version, filedOn, decisionOn, deadline, bodyName, ...fields } = input;
      const personId = merged(fields.personId, before.personId);
      const sentenceId = merged(fields.sentenceId, before.sentenceId);
      await this.checkReferences(tx, actor, before.caseId, {
        personId,
        sentenceId,
        bodyId: fields.bodyId ?? null,
      });
      const issues = appealIssues({
        filedOn: merged(filedOn, dateFromDb(before.filedOn, before.filedOnPrecision)),
        decisionOn: merged(decisionOn, dateFromDb(before.decisionOn, before.decisionOnPrecision)),
        deadline: merged(deadline, isoDay(before.deadline)),
        verdictOn: await this.verdictOf(tx, sentenceId),
      });
      if (issues.length > 0) throw AppError.validation(issues);
      await updateWithVersion(
        tx.appeal,
        id,
        version,
        {
          ...fields,
          ...(bodyName === undefined ? {} : { bodyName: bodyName || null }),
          ...(deadline === undefined ? {} : { deadline: deadline ? day(deadline) : null }),
          ...impreciseDateData('filedOn', filedOn),
          ...impreciseDateData('decisionOn', decisionOn),
        },
        (c) => this.describeCurrent(actor, c, view),
      );
      const after = toAppeal(
        await tx.appeal.findUniqueOrThrow({ where: { id }, include: appealInclude }),
        view,
      );
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toAppeal(before, view),
        after,
      });
      return after;
    });
  }

  async deleteAppeal(actor: Actor, id: string, version: number): Promise<void> {
    const view = recordView(this.policy, actor);
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id);
      await updateWithVersion(tx.appeal, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c, view),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toAppeal(before, view),
      });
    });
  }

  async restoreAppeal(actor: Actor, id: string, version: number): Promise<Appeal> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id, true);
      if (!before.deletedAt) throw notDeleted(ENTITY, toAppeal(before, view));
      await updateWithVersion(tx.appeal, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c, view),
      );
      const after = toAppeal(
        await tx.appeal.findUniqueOrThrow({ where: { id }, include: appealInclude }),
        view,
      );
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toAppeal(before, view),
        after,
      });
      return after;
    });
  }

  /**
   * The appellant takes part in the case; the appealed sentence belongs to the case and, when
   * both are given, to the appellant; the deciding body is a known organisation.
   */
  private async checkReferences(
    tx: Tx,
    actor: Actor,
    caseId: string,
    refs: { personId: string | null; sentenceId: string | null; bodyId: string | null },
  ): Promise<void> {
    if (refs.personId) await this.references.participant(tx, actor, caseId, refs.personId, 'body.personId');
    if (refs.sentenceId) {
      const sentence = await tx.sentence.findUnique({ where: { id: refs.sentenceId } });
      if (
        !sentence ||
        sentence.deletedAt ||
        sentence.caseId !== caseId ||
        !this.policy.canSee(actor, sentence.confidentiality)
      )
        throw invalidReference('body.sentenceId', 'the sentence does not exist in this case');
      if (refs.personId && sentence.personId !== refs.personId)
        throw invalidReference('body.personId', 'must be the person of the appealed sentence');
    }
    if (refs.bodyId) await this.references.organisation(tx, actor, refs.bodyId, 'body.bodyId');
  }

  private async verdictOf(tx: Tx, sentenceId: string | null) {
    if (!sentenceId) return null;
    const sentence = await tx.sentence.findUnique({ where: { id: sentenceId } });
    return sentence ? dateFromDb(sentence.verdictOn, sentence.verdictOnPrecision) : null;
  }

  /** The appeal, visible to the actor (with its appellant), in a case the actor may edit. */
  private async findEditable(tx: Tx, actor: Actor, id: string, includeDeleted = false): Promise<AppealRow> {
    const row = await tx.appeal.findUnique({ where: { id }, include: appealInclude });
    const appeal = assertCaseRecordVisible(this.policy, actor, row, ENTITY, id, includeDeleted);
    await this.access.editableCase(tx, actor, appeal.caseId);
    return appeal;
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown, view: RecordView): Promise<Appeal | null> {
    const row = await this.prisma.appeal.findUnique({
      where: { id: (current as { id: string }).id },
      include: appealInclude,
    });
    return row && this.policy.canSee(actor, row.confidentiality) ? toAppeal(row, view) : null;
  }
}
