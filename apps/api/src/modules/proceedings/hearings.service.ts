import { type Prisma, PrismaClient } from '@habeas/db';
import type { CreateHearingInput, Hearing, UpdateHearingInput } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { CaseReferences } from '../cases/case-references.service';
import { PolicyService } from '../policy/policy.service';
import { assertCaseRecordVisible, notDeleted } from './case-record';
import { impreciseDateData } from './date-fields';
import { type HearingRow, hearingInclude, toHearing } from './hearing.mapper';
import { type RecordView, recordView } from './record-view';

const ENTITY = 'Hearing';
type Tx = Prisma.TransactionClient;

/** Court hearings of a case: past ones with their outcome, future ones with their scheduled time. */
@Injectable()
export class HearingsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: CaseAccess,
    private readonly references: CaseReferences,
  ) {}

  async createHearing(actor: Actor, caseId: string, input: CreateHearingInput): Promise<Hearing> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      await this.access.editableCase(tx, actor, caseId);
      await this.checkReferences(tx, actor, input);
      const created = await tx.hearing.create({
        data: {
          caseId,
          courtId: input.courtId ?? null,
          judgeId: input.judgeId ?? null,
          judgeName: input.judgeName || null,
          kind: input.kind,
          scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : null,
          ...impreciseDateData('heldOn', input.heldOn),
          isPublic: input.isPublic ?? null,
          observersPresent: input.observersPresent ?? false,
          outcome: input.outcome ?? null,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
        },
        include: hearingInclude,
      });
      const after = toHearing(created, view);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after,
      });
      return after;
    });
  }

  async updateHearing(actor: Actor, id: string, input: UpdateHearingInput): Promise<Hearing> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id);
      await this.checkReferences(tx, actor, input);
      const { version, heldOn, scheduledAt, judgeName, ...fields } = input;
      await updateWithVersion(
        tx.hearing,
        id,
        version,
        {
          ...fields,
          ...(judgeName === undefined ? {} : { judgeName: judgeName || null }),
          ...(scheduledAt === undefined ? {} : { scheduledAt: scheduledAt ? new Date(scheduledAt) : null }),
          ...impreciseDateData('heldOn', heldOn),
        },
        (c) => this.describeCurrent(actor, c, view),
      );
      const after = toHearing(
        await tx.hearing.findUniqueOrThrow({ where: { id }, include: hearingInclude }),
        view,
      );
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toHearing(before, view),
        after,
      });
      return after;
    });
  }

  async deleteHearing(actor: Actor, id: string, version: number): Promise<void> {
    const view = recordView(this.policy, actor);
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id);
      await updateWithVersion(tx.hearing, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c, view),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toHearing(before, view),
      });
    });
  }

  async restoreHearing(actor: Actor, id: string, version: number): Promise<Hearing> {
    const view = recordView(this.policy, actor);
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id, true);
      if (!before.deletedAt) throw notDeleted(ENTITY, toHearing(before, view));
      await updateWithVersion(tx.hearing, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c, view),
      );
      const after = toHearing(
        await tx.hearing.findUniqueOrThrow({ where: { id }, include: hearingInclude }),
        view,
      );
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toHearing(before, view),
        after,
      });
      return after;
    });
  }

  private async checkReferences(
    tx: Tx,
    actor: Actor,
    input: { courtId?: string | null; judgeId?: string | null },
  ): Promise<void> {
    if (input.courtId) await this.references.court(tx, actor, input.courtId, 'body.courtId');
    if (input.judgeId) await this.references.person(tx, actor, input.judgeId, 'body.judgeId');
  }

  /** The hearing, visible to the actor, in a case the actor may edit. */
  private async findEditable(tx: Tx, actor: Actor, id: string, includeDeleted = false): Promise<HearingRow> {
    const row = await tx.hearing.findUnique({ where: { id }, include: hearingInclude });
    // A judge the actor may not see is only left out of the answer (toHearing), not a reason for 404.
    const hearing = assertCaseRecordVisible(this.policy, actor, row, ENTITY, id, includeDeleted);
    await this.access.editableCase(tx, actor, hearing.caseId);
    return hearing;
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown, view: RecordView): Promise<Hearing | null> {
    const row = await this.prisma.hearing.findUnique({
      where: { id: (current as { id: string }).id },
      include: hearingInclude,
    });
    return row && this.policy.canSee(actor, row.confidentiality) ? toHearing(row, view) : null;
  }
}
