/**
 * Puts a record back as an audit entry found it, for any Prisma model:
 * - an `update` entry: the fields that entry changed get their `before` values again
 *   (fields changed by later entries are left alone, so reverting an older entry undoes
 *   only that entry);
 * - a `delete` entry: a soft-deleted record is restored with its `before` values; a
 *   hard-deleted link row (no deleted_at column) is created again with its old id.
 * Optimistic concurrency as everywhere: the caller names the record's current version
 * (409 with the current record when it changed). Link rows without a version column
 * cannot be version-checked; recreating one checks that it does not exist instead.
 * Relations and lists in the API shape (name variants, nested records) and derived
 * values are not written; they are reported as skipped.
 */
import { Prisma } from '@habeas/db';
import { diffRecords } from '@habeas/shared';
import { AppError } from '../../common/app-error';
import { updateWithVersion } from '../../common/versioned';
import {
  apiToColumns,
  delegateName,
  hasColumn,
  type ModelInfo,
  modelInfo,
  READ_ONLY_COLUMNS,
  rowToApiShape,
} from './record-columns';
import { refreshedSearchKey } from './search-key-refresh';

type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: Prisma delegates share no common type
type AnyDelegate = { [method: string]: (args: any) => Promise<any> };

/** Account, session and trail tables are never reverted generically (privileges, secrets). */
const NOT_REVERTIBLE = new Set(['User', 'Session', 'LoginAttempt', 'AuditEntry', 'SavedSearch', 'ExportJob']);

export interface RevertableEntry {
  id: bigint;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** The model a revert of this entry would write, or undefined when it cannot be reverted. */
export function revertTarget(entry: RevertableEntry): ModelInfo | undefined {
  if (entry.action !== 'update' && entry.action !== 'delete') return undefined;
  if (!entry.entityId || !isRecord(entry.before) || NOT_REVERTIBLE.has(entry.entityType)) return undefined;
  const model = modelInfo(entry.entityType);
  const id = model?.fields.find((f) => f.name === 'id');
  return model && id?.type === 'String' ? model : undefined;
}

export interface RevertOutcome {
  before: Row | null;
  after: Row;
  restoredFields: string[];
  skippedFields: string[];
  /** The row's confidentiality after the revert, when the model has one. */
  confidentiality?: string;
}

export async function revertRecord(
  tx: Tx,
  model: ModelInfo,
  entry: RevertableEntry,
  version: number,
  assertVisible: (row: Row) => void,
): Promise<RevertOutcome> {
  const id = entry.entityId!;
  const before = entry.before as Row;
  const delegate = (tx as unknown as Record<string, AnyDelegate>)[delegateName(model)]!;
  const current: Row | null = await delegate.findUnique!({ where: { id } });
  if (current) assertVisible(current);
  const softDeletes = hasColumn(model, 'deletedAt');
  const versioned = hasColumn(model, 'version');
  const describe = async () => (current ? rowToApiShape(model, current) : null);

  if (entry.action === 'delete' && !softDeletes) {
    if (current) {
      throw AppError.conflict('The record exists again: there is nothing to restore', await describe());
    }
    const columns = apiToColumns(model, before);
    const created: Row = await writing(() => delegate.create!({ data: { id, ...columns.data } }));
    return {
      before: null,
      after: withMeta(model, before, created),
      restoredFields: columns.restored,
      skippedFields: columns.skipped,
      confidentiality: created.confidentiality as string | undefined,
    };
  }

  if (!current) throw AppError.notFound(entry.entityType, id);
  if (entry.action === 'update' && softDeletes && current.deletedAt) {
    throw AppError.conflict('The record is deleted: restore it before reverting a change', await describe());
  }
  if (entry.action === 'delete' && !current.deletedAt) {
    throw AppError.conflict('The record is not deleted: there is nothing to restore', await describe());
  }

  const fields =
    entry.action === 'update' && isRecord(entry.after)
      ? diffRecords(before, entry.after)
          .map((c) => c.field)
          .filter((f) => !READ_ONLY_COLUMNS.has(f) && f in before)
      : Object.keys(before);
  const columns = apiToColumns(model, before, fields);
  const data: Row = { ...columns.data, ...(entry.action === 'delete' ? { deletedAt: null } : {}) };
  const key = await refreshedSearchKey(tx, model, current, data, id);
  if (key !== undefined) data.searchKey = key;

  const currentShape =
    (await latestShape(tx, entry.entityType, id, current)) ?? rowToApiShape(model, current);
  await writing(() =>
    versioned
      ? updateWithVersion(delegate as never, id, version, data, describe)
      : delegate.update!({ where: { id }, data }),
  );
  const updated: Row = await delegate.findUniqueOrThrow!({ where: { id } });
  const restoredShape = Object.fromEntries(columns.restored.map((f) => [f, before[f]]));
  return {
    before: currentShape,
    after: withMeta(model, { ...currentShape, ...restoredShape }, updated),
    restoredFields: columns.restored,
    skippedFields: columns.skipped,
    confidentiality: updated.confidentiality as string | undefined,
  };
}

/** The API shape of the record's current version, when the trail's latest `after` is that version. */
async function latestShape(tx: Tx, entityType: string, id: string, current: Row): Promise<Row | undefined> {
  const [last] = await tx.$queryRaw<{ after: unknown }[]>`
    SELECT after FROM audit_entries
    WHERE entity_type = ${entityType} AND entity_id = ${id} AND after IS NOT NULL
    ORDER BY id DESC LIMIT 1`;
  const shape = last?.after;
  if (!isRecord(shape)) return undefined;
  return !('version' in current) || shape.version === current.version ? shape : undefined;
}

/** The shape with the row's new version, updatedAt and deletedAt. */
function withMeta(model: ModelInfo, shape: Row, row: Row): Row {
  const meta = rowToApiShape(model, row);
  const out: Row = { ...shape };
  for (const field of ['version', 'updatedAt', 'deletedAt']) {
    if (field in meta) out[field] = meta[field];
  }
  return out;
}

/**
 * Runs a write; Prisma's validation error (a required column the entry's `before` left
 * empty, e.g. a relation the author of the change could not see) becomes a 400, not a 500.
 */
async function writing<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientValidationError) {
      throw AppError.validation(
        [
          {
            path: 'param.id',
            message: 'the audit entry does not hold every value needed to put the record back',
          },
        ],
        'This change cannot be reverted automatically',
      );
    }
    throw error;
  }
}

function isRecord(value: unknown): value is Row {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
