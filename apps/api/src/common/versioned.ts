import { AppError } from './app-error';

/**
 * Optimistic concurrency for any versioned table: the update applies only if
 * the row still has the version the client read; otherwise 409 with the
 * current record, never a silent overwrite. Works with any Prisma delegate
 * (tx.person, tx.legalCase, ...) inside the caller's transaction.
 */
// Prisma delegates share no common type, so the arguments are left open here.
type Delegate = {
  // biome-ignore lint/suspicious/noExplicitAny: each delegate has its own args type
  updateMany(args: any): Promise<{ count: number }>;
  // biome-ignore lint/suspicious/noExplicitAny: each delegate has its own args type
  findUnique(args: any): Promise<unknown>;
};

export async function updateWithVersion(
  delegate: Delegate,
  id: string,
  version: number,
  data: Record<string, unknown>,
  describeCurrent: (current: unknown) => unknown | Promise<unknown> = (c) => c,
): Promise<void> {
  const result = await delegate.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (result.count === 1) return;
  const current = await delegate.findUnique({ where: { id } });
  if (!current) throw AppError.notFound('Record', id);
  throw AppError.conflict(
    'Someone else changed this record after you opened it: review their version and apply your change again',
    await describeCurrent(current),
  );
}
