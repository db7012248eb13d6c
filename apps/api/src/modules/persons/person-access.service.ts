import type { Prisma } from '@habeas/db';
import { canEditCaseData, type RecordPermissions } from '@habeas/shared';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { PolicyService } from '../policy/policy.service';
import { type PersonRow, personInclude } from './person.mapper';

type Tx = Prisma.TransactionClient;

/**
 * Who may see and change a person and the records hanging off them (affiliations, detention
 * periods). Coordinators and admins may change everything they see; a researcher may change a
 * person linked to a case assigned to them (as a case participant, or through a charge), or a
 * person they created (a new person is not linked to any case yet).
 */
@Injectable()
export class PersonAccess {
  constructor(private readonly policy: PolicyService) {}

  /** The person, visible to the actor (else 404) and not deleted (else 404, unless asked). */
  async visiblePerson(tx: Tx, actor: Actor, id: string, includeDeleted = false): Promise<PersonRow> {
    const row = await tx.person.findUnique({ where: { id }, include: personInclude });
    const visible = this.policy.assertVisible(actor, row, 'Person', id);
    if (visible.deletedAt && !includeDeleted) throw AppError.notFound('Person', id);
    return visible;
  }

  /** The person, visible and editable by the actor (else 403). */
  async editablePerson(tx: Tx, actor: Actor, id: string, includeDeleted = false): Promise<PersonRow> {
    const person = await this.visiblePerson(tx, actor, id, includeDeleted);
    this.policy.assertCanEdit(actor, {
      caseIds: await this.caseIdsOf(tx, id),
      createdById: person.createdById,
    });
    return person;
  }

  /** Whether the actor may edit / delete the person: what editablePerson and the role matrix allow. */
  async permissions(
    tx: Tx,
    actor: Actor,
    person: { id: string; createdById: string | null; deletedAt: Date | null },
  ): Promise<RecordPermissions> {
    return this.policy.permissions(actor, {
      caseIds: await this.caseIdsOf(tx, person.id),
      createdById: person.createdById,
      deletedAt: person.deletedAt,
    });
  }

  /**
   * A record of the person (affiliation, detention period) may be changed by whoever may change
   * the person, and also by its own author or, for a detention period, by staff of its case.
   */
  async assertCanEditRecordOf(
    tx: Tx,
    actor: Actor,
    person: { id: string; createdById: string | null },
    record: { createdById: string | null; caseId?: string | null },
  ): Promise<void> {
    const caseIds = await this.caseIdsOf(tx, person.id);
    const user = { id: actor.userId, role: actor.role, assignedCaseIds: actor.assignedCaseIds };
    if (canEditCaseData(user, { caseIds, createdById: person.createdById })) return;
    this.policy.assertCanEdit(actor, {
      caseIds: record.caseId ? [...caseIds, record.caseId] : caseIds,
      createdById: record.createdById,
    });
  }

  /** Cases the person is linked to: as a participant in any role, or through a (live) charge. */
  async caseIdsOf(tx: Tx, personId: string): Promise<string[]> {
    const links = await tx.caseParticipant.findMany({ where: { personId }, select: { caseId: true } });
    const charges = await tx.charge.findMany({
      where: { personId, deletedAt: null },
      select: { caseId: true },
    });
    return [...new Set([...links, ...charges].map((r) => r.caseId))];
  }
}
