/**
 * Field-by-field difference of two versions of a record (the `before` and
 * `after` of an audit entry). Pure and deterministic, so the API and the web
 * app show the same changes.
 */

export type FieldChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  /** Top-level field of the record (nested values are compared as a whole). */
  field: string;
  kind: FieldChangeKind;
  before: unknown;
  after: unknown;
}

export interface DiffOptions {
  /** Fields left out of the result, e.g. ['version', 'updatedAt'] for a summary. */
  ignore?: readonly string[];
}

/**
 * The fields whose values differ between `before` and `after`, in the order
 * they appear in `before` then `after`. A missing record (null: a create or a
 * delete) is an empty one, so every field shows as added or removed. A field
 * missing on one side and null on the other is no change.
 */
export function diffRecords(before: unknown, after: unknown, options: DiffOptions = {}): FieldChange[] {
  const from = asRecord(before);
  const to = asRecord(after);
  const ignore = new Set(options.ignore ?? []);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (ignore.has(field)) continue;
    const a = from[field];
    const b = to[field];
    if (deepEqual(a ?? null, b ?? null)) continue;
    const kind: FieldChangeKind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    changes.push({ field, kind, before: a ?? null, after: b ?? null });
  }
  return changes;
}

/** Structural equality of JSON values: object key order does not matter, array order does. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) {
    if (!deepEqual(x[key] ?? null, y[key] ?? null)) return false;
  }
  return true;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
