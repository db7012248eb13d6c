import type { Confidentiality } from '@habeas/shared';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import type { PolicyService } from '../policy/policy.service';

type CaseRecordRow = {
  confidentiality: Confidentiality;
  deletedAt: Date | null;
  person?: { confidentiality: Confidentiality; deletedAt: Date | null } | null;
};

/**
 * A charge, hearing, sentence or appeal about to be changed: it must be visible to the actor,
 * and so must the person it is about; otherwise 404, exactly as if it did not exist. A deleted
 * record is only found when restoring it.
 */
export function assertCaseRecordVisible<T extends CaseRecordRow>(
  policy: PolicyService,
  actor: Actor,
  row: T | null,
  entity: string,
  id: string,
  includeDeleted = false,
): T {
  const visible = policy.assertVisible(actor, row, entity, id);
  const person = visible.person;
  if (person && (person.deletedAt || !policy.canSee(actor, person.confidentiality)))
    throw AppError.notFound(entity, id);
  if (visible.deletedAt && !includeDeleted) throw AppError.notFound(entity, id);
  return visible;
}

/** The 409 answer to a restore of a record that is not deleted (someone restored it already). */
export function notDeleted(entity: string, current: unknown): AppError {
  return AppError.conflict(`The ${entity.toLowerCase()} is not deleted`, current);
}
