import type { Prisma } from '@habeas/db';
import type { RecordPermissions } from '@habeas/shared';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { PolicyService } from '../policy/policy.service';

type Tx = Prisma.TransactionClient;
type LegalCase = Prisma.LegalCaseGetPayload<{ select: undefined }>;

/**
 * The one rule for changing anything in a case file (the case itself, its links, charges,
 * hearings, sentences, appeals): the case is visible to the actor and not deleted, and the actor
 * may edit it: coordinators and admins always, a researcher only when assigned to the case or
 * when they opened it themselves (so they can add its defendants before anyone assigns staff).
 */
@Injectable()
export class CaseAccess {
  constructor(private readonly policy: PolicyService) {}

  /** The case, visible (else 404) and not deleted (else 404). */
  async visibleCase(tx: Tx, actor: Actor, caseId: string, includeDeleted = false): Promise<LegalCase> {
    const row = await tx.legalCase.findUnique({ where: { id: caseId } });
    const visible = this.policy.assertVisible(actor, row, 'LegalCase', caseId);
    if (visible.deletedAt && !includeDeleted) throw AppError.notFound('LegalCase', caseId);
    return visible;
  }

  /** The case, visible, not deleted, and editable by the actor (else 403). */
  async editableCase(tx: Tx, actor: Actor, caseId: string, includeDeleted = false): Promise<LegalCase> {
    const row = await this.visibleCase(tx, actor, caseId, includeDeleted);
    this.assertCanEdit(actor, row);
    return row;
  }

  assertCanEdit(actor: Actor, legalCase: { id: string; createdById: string | null }): void {
    this.policy.assertCanEdit(actor, { caseIds: [legalCase.id], createdById: legalCase.createdById });
  }

  /** Whether the actor may edit / delete the case: the rule above and the role matrix, for the case page. */
  permissions(
    actor: Actor,
    legalCase: { id: string; createdById: string | null; deletedAt: Date | null },
  ): RecordPermissions {
    return this.policy.permissions(actor, {
      caseIds: [legalCase.id],
      createdById: legalCase.createdById,
      deletedAt: legalCase.deletedAt,
    });
  }
}
