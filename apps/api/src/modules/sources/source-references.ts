import type { Prisma } from '@habeas/db';
import type { SourceCitation } from '@habeas/shared';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import type { PolicyService } from '../policy/policy.service';
import { type SourcePlainRow, toSourceCitation } from './source.mapper';

/**
 * How other records (case updates, casualty figures) cite sources. Owned here so that every place
 * a source appears applies the same two rules: a source the reader may not see (restricted record,
 * or deleted) is left out entirely, and a visible one loses the identity fields above the reader's
 * clearance (an anonymous witness's name).
 */
export function citeSource(
  policy: PolicyService,
  actor: Actor,
  row: SourcePlainRow | null | undefined,
): SourceCitation | null {
  if (!row || row.deletedAt || !policy.canSee(actor, row.confidentiality)) return null;
  return policy.redact(actor, 'Source', toSourceCitation(row));
}

/**
 * 400 naming the field (`body.sourceIds.2`) for each id that is not a live source the actor may
 * see: referring to a hidden source must not reveal that it exists.
 */
export async function assertSourcesUsable(
  client: Prisma.TransactionClient,
  policy: PolicyService,
  actor: Actor,
  ids: readonly string[],
  pathOf: (index: number) => string,
): Promise<void> {
  if (ids.length === 0) return;
  const found = await client.source.findMany({
    where: { id: { in: [...ids] }, deletedAt: null, confidentiality: { in: policy.levels(actor) } },
    select: { id: true },
  });
  const usable = new Set(found.map((s) => s.id));
  const issues = ids.flatMap((id, i) =>
    usable.has(id) ? [] : [{ path: pathOf(i), message: 'no such source' }],
  );
  if (issues.length > 0) throw AppError.validation(issues);
}
