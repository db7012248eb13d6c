import { ErrorCode } from '@habeas/shared';
import type { z } from 'zod';
import { isApiError } from '../../api/client';

/** A 409 VERSION_CONFLICT: someone saved the record after it was read. */
export interface VersionConflict<T> {
  /** Their version (`details.current`), or null when the record can no longer be seen. */
  current: T | null;
}

/** The conflict in an error, with `details.current` parsed by the record's shared schema; else null. */
export function versionConflictOf<T>(error: unknown, schema: z.ZodType<T>): VersionConflict<T> | null {
  if (!isApiError(error) || error.code !== ErrorCode.VERSION_CONFLICT) return null;
  const current = (error.details as { current?: unknown } | undefined)?.current;
  const parsed = schema.safeParse(current);
  return { current: parsed.success ? parsed.data : null };
}

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        // A missing key, null and '' all mean "no value".
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, stable(v)]),
    );
  }
  // '' and null both mean "no value" in a form.
  return value === '' || value === undefined ? null : value;
}

/** Deep equality for form values: key order, undefined and '' versus null do not count as changes. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(stable(a)) === JSON.stringify(stable(b));
}

/** The fields of `next` that differ from `base`, with their new values. */
export function changedFields<T extends Record<string, unknown>>(base: T, next: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (!sameValue(base[key], next[key])) changes[key] = next[key];
  }
  return changes;
}
