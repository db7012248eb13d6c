import type { Prisma } from '@habeas/db';
import { type AttachmentOwnerField, type Confidentiality, canEditCaseData } from '@habeas/shared';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { PersonAccess } from '../persons/person-access.service';
import { PolicyService } from '../policy/policy.service';

type Tx = Prisma.TransactionClient;

/** The record a file hangs on: `{ field: 'personId', id }`. */
export interface OwnerRef {
  field: AttachmentOwnerField;
  id: string;
}

export interface Owner extends OwnerRef {
  confidentiality: Confidentiality;
  deletedAt: Date | null;
  createdById: string | null;
}

const ENTITY: Record<AttachmentOwnerField, string> = {
  personId: 'Person',
  sourceId: 'Source',
  caseUpdateId: 'CaseUpdate',
};

const ownerSelect = { id: true, confidentiality: true, deletedAt: true, createdById: true } as const;

/**
 * The rules of the record a file is attached to: a reader sees a file only when they may see its
 * owner, and may add or remove files where they may change the owner (coordinators everywhere;
 * researchers on their assigned cases, or on records and files they created).
 */
@Injectable()
export class AttachmentOwners {
  constructor(
    private readonly policy: PolicyService,
    private readonly persons: PersonAccess,
  ) {}

  /** The owner of an attachment row, or undefined for a file whose owner was removed. */
  refOf(row: {
    personId: string | null;
    sourceId: string | null;
    caseUpdateId: string | null;
  }): OwnerRef | undefined {
    if (row.personId) return { field: 'personId', id: row.personId };
    if (row.sourceId) return { field: 'sourceId', id: row.sourceId };
    if (row.caseUpdateId) return { field: 'caseUpdateId', id: row.caseUpdateId };
    return undefined;
  }

  /**
   * The owner, visible to the actor (else 404, its existence not revealed). A deleted owner is
   * found only when `includeDeleted` (and never by viewers, who do not see deleted records).
   */
  async visible(tx: Tx, actor: Actor, ref: OwnerRef, includeDeleted: boolean): Promise<Owner> {
    const row = await this.find(tx, actor, ref);
    const entity = ENTITY[ref.field];
    const owner = this.policy.assertVisible(actor, row, entity, ref.id);
    if (owner.deletedAt && (!includeDeleted || actor.role === 'viewer'))
      throw AppError.notFound(entity, ref.id);
    return { ...ref, ...owner };
  }

  /**
   * Throws 403 unless the actor may change files of this owner. `fileCreatedById`: a researcher
   * may also remove a file they uploaded themselves.
   */
  async assertCanEdit(tx: Tx, actor: Actor, owner: Owner, fileCreatedById?: string | null): Promise<void> {
    const caseIds = await this.caseIdsOf(tx, owner);
    const user = { id: actor.userId, role: actor.role, assignedCaseIds: actor.assignedCaseIds };
    if (canEditCaseData(user, { caseIds, createdById: owner.createdById })) return;
    this.policy.assertCanEdit(actor, { caseIds, createdById: fileCreatedById ?? null });
  }

  private async find(tx: Tx, actor: Actor, ref: OwnerRef) {
    switch (ref.field) {
      case 'personId':
        return tx.person.findUnique({ where: { id: ref.id }, select: ownerSelect });
      case 'sourceId':
        return tx.source.findUnique({ where: { id: ref.id }, select: ownerSelect });
      case 'caseUpdateId': {
        // An update is visible only with the person and case it is about (as in the case-updates module).
        const levels = this.policy.levels(actor);
        const parent = { confidentiality: { in: levels }, deletedAt: null };
        return tx.caseUpdate.findFirst({
          where: {
            id: ref.id,
            AND: [
              { OR: [{ personId: null }, { person: parent }] },
              { OR: [{ caseId: null }, { legalCase: parent }] },
            ],
          },
          select: ownerSelect,
        });
      }
    }
  }

  /** The cases whose staff may change the owner's files (as for the owner itself). */
  private async caseIdsOf(tx: Tx, owner: Owner): Promise<string[]> {
    switch (owner.field) {
      case 'personId':
        return this.persons.caseIdsOf(tx, owner.id);
      case 'sourceId': {
        const links = await tx.caseUpdateSource.findMany({
          where: { sourceId: owner.id, caseUpdate: { caseId: { not: null } } },
          select: { caseUpdate: { select: { caseId: true } } },
        });
        return [...new Set(links.map((l) => l.caseUpdate.caseId).filter((c): c is string => !!c))];
      }
      case 'caseUpdateId': {
        const update = await tx.caseUpdate.findUniqueOrThrow({
          where: { id: owner.id },
          select: { caseId: true, personId: true },
        });
        const personCases = update.personId
          ? await tx.caseParticipant.findMany({
              where: { personId: update.personId },
              select: { caseId: true },
            })
          : [];
        return [...new Set([...(update.caseId ? [update.caseId] : []), ...personCases.map((p) => p.caseId)])];
      }
    }
  }
}
