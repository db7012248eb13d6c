import type { Prisma } from '@habeas/db';
import { ErrorCode, type ImpreciseDate, periodIsOrdered } from '@habeas/shared';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import type { PolicyService } from '../policy/policy.service';

type Tx = Prisma.TransactionClient;

/**
 * A 400 for a reference to a record that does not exist, is deleted or is not visible to the
 * actor (its existence is not revealed). Named both ways clients read it: `details.field` and
 * `details.issues`.
 */
export function invalidReference(field: string, message: string): AppError {
  return new AppError(ErrorCode.REFERENCE_INVALID, `Invalid ${field}: ${message}`, {
    field,
    issues: [{ path: field, message }],
  });
}

/** An organisation (facility of a detention, organisation of an affiliation) the actor may use. */
export async function usableOrganisation(
  tx: Tx,
  policy: PolicyService,
  actor: Actor,
  id: string,
  field: string,
) {
  const row = await tx.organisation.findUnique({ where: { id } });
  if (!row || row.deletedAt || !policy.canSee(actor, row.confidentiality)) {
    throw invalidReference(field, 'the organisation does not exist');
  }
  return row;
}

/** A case the actor may link a record to. */
export async function usableCase(tx: Tx, policy: PolicyService, actor: Actor, id: string, field: string) {
  const row = await tx.legalCase.findUnique({ where: { id } });
  if (!row || row.deletedAt || !policy.canSee(actor, row.confidentiality)) {
    throw invalidReference(field, 'the case does not exist');
  }
  return row;
}

/** The period after an update (given fields over stored ones) must not end before it starts. */
export function assertPeriodOrdered(start: ImpreciseDate | null, end: ImpreciseDate | null): void {
  if (!periodIsOrdered(start, end)) {
    throw AppError.validation([{ path: 'body.endedOn', message: 'must not be before startedOn' }]);
  }
}
