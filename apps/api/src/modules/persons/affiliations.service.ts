import { type Prisma, PrismaClient } from '@habeas/db';
import type { Affiliation, CreateAffiliationInput, UpdateAffiliationInput } from '@habeas/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { dateFromDb } from '../../common/imprecise-date.db';
import { updateWithVersion } from '../../common/versioned';
import { AuditService } from '../audit/audit.service';
import { PolicyService } from '../policy/policy.service';
import { impreciseDateData } from '../proceedings/date-fields';
import { type AffiliationRow, affiliationInclude, toAffiliation } from './affiliation.mapper';
import { PersonAccess } from './person-access.service';
import { assertPeriodOrdered, usableOrganisation } from './person-references';

const ENTITY = 'Affiliation';
type Tx = Prisma.TransactionClient;

/** A person's memberships and roles in organisations over time. Versioned, audited, soft-deleted. */
@Injectable()
export class AffiliationsService {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
    private readonly access: PersonAccess,
  ) {}

  async addAffiliation(actor: Actor, personId: string, input: CreateAffiliationInput): Promise<Affiliation> {
    return this.prisma.$transaction(async (tx) => {
      await this.access.editablePerson(tx, actor, personId);
      await usableOrganisation(tx, this.policy, actor, input.organisationId, 'body.organisationId');
      const created = await tx.affiliation.create({
        data: {
          personId,
          organisationId: input.organisationId,
          role: input.role ?? null,
          ...impreciseDateData('startedOn', input.startedOn ?? null),
          ...impreciseDateData('endedOn', input.endedOn ?? null),
          notes: input.notes ?? null,
          confidentiality: input.confidentiality ?? 'internal',
          createdById: actor.userId,
        },
        include: affiliationInclude,
      });
      const result = toAffiliation(created);
      await this.audit.record(tx, actor, {
        action: 'create',
        entityType: ENTITY,
        entityId: created.id,
        after: result,
      });
      return result;
    });
  }

  async updateAffiliation(actor: Actor, id: string, input: UpdateAffiliationInput): Promise<Affiliation> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.editable(tx, actor, id);
      const { version, startedOn, endedOn, ...fields } = input;
      if (fields.organisationId) {
        await usableOrganisation(tx, this.policy, actor, fields.organisationId, 'body.organisationId');
      }
      assertPeriodOrdered(
        startedOn === undefined ? dateFromDb(before.startedOn, before.startedOnPrecision) : startedOn,
        endedOn === undefined ? dateFromDb(before.endedOn, before.endedOnPrecision) : endedOn,
      );
      await updateWithVersion(
        tx.affiliation,
        id,
        version,
        { ...fields, ...impreciseDateData('startedOn', startedOn), ...impreciseDateData('endedOn', endedOn) },
        (current) => this.describeCurrent(actor, current),
      );
      const after = toAffiliation(
        await tx.affiliation.findUniqueOrThrow({ where: { id }, include: affiliationInclude }),
      );
      await this.audit.record(tx, actor, {
        action: 'update',
        entityType: ENTITY,
        entityId: id,
        before: toAffiliation(before),
        after,
      });
      return after;
    });
  }

  async deleteAffiliation(actor: Actor, id: string, version: number): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const before = await this.editable(tx, actor, id);
      await updateWithVersion(tx.affiliation, id, version, { deletedAt: new Date() }, (c) =>
        this.describeCurrent(actor, c),
      );
      await this.audit.record(tx, actor, {
        action: 'delete',
        entityType: ENTITY,
        entityId: id,
        before: toAffiliation(before),
      });
    });
  }

  async restoreAffiliation(actor: Actor, id: string, version: number): Promise<Affiliation> {
    return this.prisma.$transaction(async (tx) => {
      const before = await this.editable(tx, actor, id, true);
      if (!before.deletedAt) {
        throw AppError.conflict('The affiliation is not deleted', toAffiliation(before));
      }
      await updateWithVersion(tx.affiliation, id, version, { deletedAt: null }, (c) =>
        this.describeCurrent(actor, c),
      );
      const after = toAffiliation(
        await tx.affiliation.findUniqueOrThrow({ where: { id }, include: affiliationInclude }),
      );
      await this.audit.record(tx, actor, {
        action: 'restore',
        entityType: ENTITY,
        entityId: id,
        before: toAffiliation(before),
        after,
      });
      return after;
    });
  }

  /**
   * The affiliation, visible with its organisation (else 404), of a visible live person, and
   * editable by the actor (else 403).
   */
  private async editable(tx: Tx, actor: Actor, id: string, includeDeleted = false): Promise<AffiliationRow> {
    const row = await tx.affiliation.findUnique({ where: { id }, include: affiliationInclude });
    const visible = this.policy.assertVisible(actor, row, ENTITY, id);
    if (
      (visible.deletedAt && !includeDeleted) ||
      !this.policy.canSee(actor, visible.organisation.confidentiality)
    ) {
      throw AppError.notFound(ENTITY, id);
    }
    const person = await this.access.visiblePerson(tx, actor, visible.personId);
    await this.access.assertCanEditRecordOf(tx, actor, person, visible);
    return visible;
  }

  private async describeCurrent(actor: Actor, current: unknown): Promise<Affiliation | null> {
    const row = await this.prisma.affiliation.findUnique({
      where: { id: (current as { id: string }).id },
      include: affiliationInclude,
    });
    return row && this.policy.canSee(actor, row.confidentiality) ? toAffiliation(row) : null;
  }
}
