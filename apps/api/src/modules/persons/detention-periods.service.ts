import { type Prisma, PrismaClient } from '@habeas/db';
import type { CreateDetentionPeriodInput, DetentionPeriod, UpdateDetentionPeriodInput } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { dateFromDb } from '../../common/imprecise-date.db';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import { impreciseDateData } from '../proceedings/date-fields';
import {
  type DetentionPeriodRow,
  detentionPeriodInclude,
  toDetentionPeriod,
} from './detention-period.mapper';
import { PersonAccess } from './person-access.service';
import { assertPeriodOrdered, usableCase, usableOrganisation } from './person-references';

const ENTITY = 'DetentionPeriod';
type Tx = Prisma.TransactionClient;

/**
 * Detention periods of a person: where, under which regime, from when to when, and whether
 * ill-treatment is alleged (the notes on it are sensitive). An open period drives the derived
 * status, so adding or ending one changes what the person page shows. Versioned, audited,
 * soft-deleted.
 */
@Injectable()
export class DetentionPeriodsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: PersonAccess,
  ) {}

  async addDetentionPeriod(
    actor: Actor,
    personId: string,
    input: CreateDetentionPeriodInput,
  ): Promise<DetentionPeriod> {
    return this.prisma.$transaction(async (tx) => {
      await this.access.editablePerson(tx, actor, personId);
      await this.assertReferences(tx, actor, input);
      const created = await tx.detentionPeriod.create({
        data: {
          personId,
          facilityId: input.facilityId ?? null,
          caseId: input.caseId ?? null,
          kind: input.kind,
          ...impreciseDateData('startedOn', input.startedOn ?? null),
          ...impreciseDateData('endedOn', input.endedOn ?? null),
          conditions: input.conditions ?? null,
          illTreatmentAlleged: input.illTreatmentAlleged ?? false,
          illTreatmentNotes: input.illTreatmentNotes ?? null,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
        },
        include: detentionPeriodInclude,
      });
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after: toDetentionPeriod(created),
      });
      return this.present(actor, created);
    });
  }

  async updateDetentionPeriod(
    actor: Actor,
    id: string,
    input: UpdateDetentionPeriodInput,
  ): Promise<DetentionPeriod> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.editable(tx, actor, id);
      const { version, startedOn, endedOn, ...fields } = input;
      await this.assertReferences(tx, actor, fields);
      assertPeriodOrdered(
        startedOn === undefined ? dateFromDb(before.startedOn, before.startedOnPrecision) : startedOn,
        endedOn === undefined ? dateFromDb(before.endedOn, before.endedOnPrecision) : endedOn,
      );
      await updateWithVersion(
        tx.detentionPeriod,
        id,
        version,
        { ...fields, ...impreciseDateData('startedOn', startedOn), ...impreciseDateData('endedOn', endedOn) },
        (current) => this.describeCurrent(actor, current),
      );
      const after = await tx.detentionPeriod.findUniqueOrThrow({
        where: { id },
        include: detentionPeriodInclude,
      });
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toDetentionPeriod(before),
        after: toDetentionPeriod(after),
      });
      return this.present(actor, after);
    });
  }

  async deleteDetentionPeriod(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.editable(tx, actor, id);
      await updateWithVersion(tx.detentionPeriod, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toDetentionPeriod(before),
      });
    });
  }

  async restoreDetentionPeriod(actor: Actor, id: string, version: number): Promise<DetentionPeriod> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.editable(tx, actor, id, true);
      if (!before.deletedAt) {
        throw AppError.conflict('The detention period is not deleted', this.present(actor, before));
      }
      await updateWithVersion(tx.detentionPeriod, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c),
      );
      const after = await tx.detentionPeriod.findUniqueOrThrow({
        where: { id },
        include: detentionPeriodInclude,
      });
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toDetentionPeriod(before),
        after: toDetentionPeriod(after),
      });
      return this.present(actor, after);
    });
  }

  /** Facility and case, when given, must exist, be live and be visible to the actor. */
  private async assertReferences(
    tx: Tx,
    actor: Actor,
    input: { facilityId?: string | null; caseId?: string | null },
  ): Promise<void> {
    // Any organisation may be the facility: prisons and detention centres usually, but also a
    // police unit's cells or a psychiatric hospital recorded as another type.
    if (input.facilityId)
      await usableOrganisation(tx, this.policy, actor, input.facilityId, 'body.facilityId');
    if (input.caseId) await usableCase(tx, this.policy, actor, input.caseId, 'body.caseId');
  }

  /** The period, visible (else 404), of a visible live person, and editable by the actor (else 403). */
  private async editable(
    tx: Tx,
    actor: Actor,
    id: string,
    includeDeleted = false,
  ): Promise<DetentionPeriodRow> {
    const row = await tx.detentionPeriod.findUnique({ where: { id }, include: detentionPeriodInclude });
    const visible = this.policy.assertVisible(actor, row, ENTITY, id);
    if (visible.deletedAt && !includeDeleted) throw AppError.notFound(ENTITY, id);
    const person = await this.access.visiblePerson(tx, actor, visible.personId);
    await this.access.assertCanEditRecordOf(tx, actor, person, visible);
    return visible;
  }

  /** API shape for this actor: links it may not see as null, sensitive notes redacted. */
  private present(actor: Actor, row: DetentionPeriodRow): DetentionPeriod {
    return this.policy.redact(actor, ENTITY, toDetentionPeriod(row, this.policy.levels(actor)));
  }

  private async describeCurrent(actor: Actor, current: unknown): Promise<DetentionPeriod | null> {
    const row = await this.prisma.detentionPeriod.findUnique({
      where: { id: (current as { id: string }).id },
      include: detentionPeriodInclude,
    });
    return row && this.policy.canSee(actor, row.confidentiality) ? this.present(actor, row) : null;
  }
}
