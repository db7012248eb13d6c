/**
 * Generic translation between the API shape of a record (as stored in audit
 * entries' before/after) and the scalar columns of its Prisma model, read from
 * Prisma's DMMF, so reverting works for every model without knowing it.
 *
 * The DMMF of the "client" engine is small (name, kind, type, dbName: no
 * relationFromFields, no native types, no enum db names), hence three rules
 * stated here once:
 * - a foreign key `xId` is found in the API shape as `xId`, or as a nested object
 *   `{ id }` under `x` or under the one relation field whose name ends with `X`
 *   that has no `...Id` column of its own (caseId <- `case` or `legalCase`);
 * - a DateTime column with a sibling `<field>Precision` column is an imprecise date
 *   `{ value, precision }`; any other DateTime arrives as an ISO string;
 * - a DateTime column whose name ends in `At` is an instant (ISO date-time); other
 *   DateTime columns are calendar days ('YYYY-MM-DD').
 */
import { Prisma } from '@habeas/db';

type DmmfField = { name: string; kind: string; type: string; dbName?: string | null };
export type ModelInfo = { name: string; dbName: string | null; fields: readonly DmmfField[] };

/** Columns a revert never writes: identity, bookkeeping, derived search data. */
export const READ_ONLY_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'version',
  'deletedAt',
  'createdById',
  'searchKey',
]);

export function modelInfo(name: string): ModelInfo | undefined {
  return (Prisma.dmmf.datamodel.models as readonly ModelInfo[]).find((m) => m.name === name);
}

export function hasColumn(model: ModelInfo, column: string): boolean {
  return model.fields.some((f) => f.name === column && f.kind !== 'object');
}

/** The Prisma client delegate property of a model: LegalCase -> legalCase. */
export function delegateName(model: ModelInfo): string {
  return model.name.charAt(0).toLowerCase() + model.name.slice(1);
}

function columns(model: ModelInfo): Map<string, DmmfField> {
  return new Map(model.fields.filter((f) => f.kind !== 'object').map((f) => [f.name, f]));
}

/** API keys that carry a foreign key as a nested `{ id }` object, mapped to the column. */
function foreignKeyAliases(model: ModelInfo): Map<string, string> {
  const cols = columns(model);
  const relations = model.fields.filter((f) => f.kind === 'object');
  const aliases = new Map<string, string>();
  for (const column of cols.keys()) {
    if (!column.endsWith('Id') || column === 'id') continue;
    const base = column.slice(0, -2);
    aliases.set(base, column);
    const tail = base.charAt(0).toUpperCase() + base.slice(1);
    const unnamed = relations.filter((r) => r.name.endsWith(tail) && !cols.has(`${r.name}Id`));
    if (unnamed.length === 1) aliases.set(unnamed[0]!.name, column);
  }
  return aliases;
}

export interface ColumnValues {
  /** Prisma `data` for the model's scalar columns. */
  data: Record<string, unknown>;
  /** API fields that were translated into `data`. */
  restored: string[];
  /** API fields that have no column (relations, lists, derived values) or an unreadable value. */
  skipped: string[];
}

/**
 * Translates `fields` of an API-shaped record into the model's scalar columns.
 * Read-only columns are left out silently; anything untranslatable is listed in `skipped`.
 */
export function apiToColumns(
  model: ModelInfo,
  record: Record<string, unknown>,
  fields: readonly string[] = Object.keys(record),
): ColumnValues {
  const cols = columns(model);
  const aliases = foreignKeyAliases(model);
  const result: ColumnValues = { data: {}, restored: [], skipped: [] };
  for (const key of fields) {
    if (!(key in record) || READ_ONLY_COLUMNS.has(key)) continue;
    const value = record[key];
    const column = cols.get(key);
    const converted = column
      ? columnValue(model, column, value)
      : aliases.has(key)
        ? foreignKeyValue(aliases.get(key)!, value)
        : undefined;
    if (converted === undefined) {
      result.skipped.push(key);
      continue;
    }
    Object.assign(result.data, converted);
    result.restored.push(key);
  }
  return result;
}

/** Prisma data for one API value of a column, or undefined when it cannot be read. */
function columnValue(
  model: ModelInfo,
  column: DmmfField,
  value: unknown,
): Record<string, unknown> | undefined {
  const name = column.name;
  if (column.type === 'DateTime') {
    if (hasColumn(model, `${name}Precision`)) {
      if (value === null) return { [name]: null, [`${name}Precision`]: null };
      const date = value as { value?: unknown; precision?: unknown };
      if (typeof date?.value !== 'string' || typeof date.precision !== 'string') return undefined;
      const day = toDate(date.value);
      return day ? { [name]: day, [`${name}Precision`]: date.precision } : undefined;
    }
    if (value === null) return { [name]: null };
    const instant = typeof value === 'string' ? toDate(value) : undefined;
    return instant ? { [name]: instant } : undefined;
  }
  if (value !== null && typeof value === 'object' && column.type !== 'Json') return undefined;
  if (column.kind === 'enum' && column.type === 'InformationCredibility' && typeof value === 'string') {
    // Stored as '1'..'6' but named c1..c6 in Prisma; API shapes may use either.
    return { [name]: /^[1-6]$/.test(value) ? `c${value}` : value };
  }
  return { [name]: value };
}

function foreignKeyValue(column: string, value: unknown): Record<string, unknown> | undefined {
  if (value === null) return { [column]: null };
  const id = (value as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? { [column]: id } : undefined;
}

function toDate(text: string): Date | undefined {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00.000Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * A database row in an API-like shape (imprecise dates paired, days as 'YYYY-MM-DD',
 * instants as ISO strings, no search key): used for the audit entry of a revert when
 * the trail holds no API shape of the current version.
 */
export function rowToApiShape(model: ModelInfo, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of columns(model).values()) {
    const name = column.name;
    if (name === 'searchKey' || !(name in row)) continue;
    if (name.endsWith('Precision') && hasColumn(model, name.slice(0, -'Precision'.length))) continue;
    const value = row[name];
    if (column.type === 'DateTime') {
      const date = value instanceof Date ? value : null;
      if (hasColumn(model, `${name}Precision`)) {
        const precision = row[`${name}Precision`];
        out[name] = date && precision ? { value: date.toISOString().slice(0, 10), precision } : null;
      } else {
        out[name] = date
          ? name.endsWith('At')
            ? date.toISOString()
            : date.toISOString().slice(0, 10)
          : null;
      }
      continue;
    }
    out[name] = typeof value === 'bigint' || Prisma.Decimal.isDecimal(value) ? String(value) : value;
  }
  return out;
}
