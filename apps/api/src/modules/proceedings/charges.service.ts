import { type Prisma, PrismaClient } from '@habeas/db';
import type { Charge, CreateChargeInput, UpdateChargeInput } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { CaseAccess } from '../cases/case-access.service';
import { CaseReferences } from '../cases/case-references.service';
import { invalidReference } from '../cases/reference-error';
import { PolicyService } from '../policy/policy.service';
import { assertCaseRecordVisible, notDeleted } from './case-record';
import { type ChargeRow, chargeInclude, toCharge } from './charge.mapper';
import { impreciseDateData } from './date-fields';

const ENTITY = 'Charge';
type Tx = Prisma.TransactionClient;

/**
 * Charges: one defendant of a case, one provision of the catalogue. Each change checks that the
 * case may be edited by the actor, is version-checked and audited in its own transaction.
 */
@Injectable()
export class ChargesService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: CaseAccess,
    private readonly references: CaseReferences,
  ) {}

  async createCharge(actor: Actor, caseId: string, input: CreateChargeInput): Promise<Charge> {
    return this.prisma.$transaction(async (tx) => {
      await this.access.editableCase(tx, actor, caseId);
      await this.references.defendant(tx, actor, caseId, input.personId, 'body.personId');
      await this.references.provision(tx, actor, input.legalProvisionId, 'body.legalProvisionId');
      if (input.reclassifiedToId) await this.assertChargeOfCase(tx, actor, caseId, input.reclassifiedToId);
      const created = await tx.charge.create({
        data: {
          caseId,
          personId: input.personId,
          provisionId: input.legalProvisionId,
          ...impreciseDateData('filedOn', input.filedOn),
          status: input.status,
          reclassifiedToId: input.reclassifiedToId ?? null,
          notes: input.notes ?? null,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
        },
        include: chargeInclude,
      });
      const after = toCharge(created);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after,
      });
      return after;
    });
  }

  async updateCharge(actor: Actor, id: string, input: UpdateChargeInput): Promise<Charge> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id);
      const { version, personId, legalProvisionId, filedOn, reclassifiedToId, ...fields } = input;
      if (personId && personId !== before.personId)
        await this.references.defendant(tx, actor, before.caseId, personId, 'body.personId');
      if (legalProvisionId && legalProvisionId !== before.provisionId)
        await this.references.provision(tx, actor, legalProvisionId, 'body.legalProvisionId');
      if (reclassifiedToId) {
        if (reclassifiedToId === id)
          throw invalidReference('body.reclassifiedToId', 'a charge cannot be reclassified into itself');
        await this.assertChargeOfCase(tx, actor, before.caseId, reclassifiedToId);
      }
      await updateWithVersion(
        tx.charge,
        id,
        version,
        {
          ...fields,
          ...(personId ? { personId } : {}),
          ...(legalProvisionId ? { provisionId: legalProvisionId } : {}),
          ...(reclassifiedToId === undefined ? {} : { reclassifiedToId }),
          ...impreciseDateData('filedOn', filedOn),
        },
        (c) => this.describeCurrent(actor, c),
      );
      const after = toCharge(await tx.charge.findUniqueOrThrow({ where: { id }, include: chargeInclude }));
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toCharge(before),
        after,
      });
      return after;
    });
  }

  async deleteCharge(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id);
      await updateWithVersion(tx.charge, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toCharge(before),
      });
    });
  }

  async restoreCharge(actor: Actor, id: string, version: number): Promise<Charge> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.findEditable(tx, actor, id, true);
      if (!before.deletedAt) throw notDeleted(ENTITY, toCharge(before));
      await updateWithVersion(tx.charge, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c),
      );
      const after = toCharge(await tx.charge.findUniqueOrThrow({ where: { id }, include: chargeInclude }));
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toCharge(before),
        after,
      });
      return after;
    });
  }

  /** The charge, visible to the actor, in a case the actor may edit. */
  private async findEditable(tx: Tx, actor: Actor, id: string, includeDeleted = false): Promise<ChargeRow> {
    const row = await tx.charge.findUnique({ where: { id }, include: chargeInclude });
    const charge = assertCaseRecordVisible(this.policy, actor, row, ENTITY, id, includeDeleted);
    await this.access.editableCase(tx, actor, charge.caseId);
    return charge;
  }

  /** A reclassification points to a live charge of the same case. */
  private async assertChargeOfCase(tx: Tx, actor: Actor, caseId: string, chargeId: string): Promise<void> {
    const target = await tx.charge.findUnique({ where: { id: chargeId } });
    if (
      !target ||
      target.deletedAt ||
      target.caseId !== caseId ||
      !this.policy.canSee(actor, target.confidentiality)
    )
      throw invalidReference('body.reclassifiedToId', 'the charge does not exist in this case');
  }

  /** The current record for a 409 answer, as this actor may see it. */
  private async describeCurrent(actor: Actor, current: unknown): Promise<Charge | null> {
    const row = await this.prisma.charge.findUnique({
      where: { id: (current as { id: string }).id },
      include: chargeInclude,
    });
    return row && this.policy.canSee(actor, row.confidentiality) ? toCharge(row) : null;
  }
}
