import { useState } from 'react';
import type { z } from 'zod';
import { changedFields } from '../forms/conflict';
import { useVersionConflict } from '../forms/use-version-conflict';

export interface VersionedSaveOptions<
  R extends { id: string; version: number },
  I extends Record<string, unknown>,
> {
  /** The record being edited (as read when the form opened), or undefined to create one. */
  record: R | undefined;
  toInput: (record: R) => I;
  /** Parses `details.current` of a 409 answer. */
  schema: z.ZodType<R>;
  create: (input: I) => Promise<R>;
  update: (id: string, changes: Partial<I>, version: number) => Promise<R>;
  onSaved: (record: R, created: boolean) => void;
  /** A failed save other than a version conflict (400 issues go to the fields). */
  onError: (error: unknown) => void;
  onNoChanges: () => void;
}

/**
 * Saving a record of a case in a modal form: create, or send only the changed fields with the
 * version read; a 409 VERSION_CONFLICT keeps the user's changes for the ConflictDialog, which can
 * apply them on top of the current version (the conflict handling is the page forms' own:
 * forms/use-version-conflict.ts). Modals keep their own pending flag and callbacks because they
 * close rather than navigate.
 */
export function useVersionedSave<
  R extends { id: string; version: number },
  I extends Record<string, unknown>,
>(options: VersionedSaveOptions<R, I>) {
  const { record, toInput, schema, create, update, onSaved, onError, onNoChanges } = options;
  const [pending, setPending] = useState(false);
  const versions = useVersionConflict<R, Partial<I>, R>({
    schema,
    send: (changes, version) => update(record?.id ?? '', changes, version),
    onSaved: (saved) => onSaved(saved, false),
    onError,
  });

  const saveChanges = async (changes: Partial<I>, version: number) => {
    setPending(true);
    try {
      await versions.saveChanges(changes, version);
    } finally {
      setPending(false);
    }
  };

  const save = async (values: I) => {
    if (!record) {
      setPending(true);
      try {
        onSaved(await create(values), true);
      } catch (error) {
        onError(error);
      } finally {
        setPending(false);
      }
      return;
    }
    const changes = changedFields(toInput(record), values);
    if (Object.keys(changes).length === 0) {
      onNoChanges();
      return;
    }
    await saveChanges(changes, record.version);
  };

  const { conflict } = versions;
  return {
    save,
    pending,
    conflict,
    /** Re-sends the same changes naming their version. */
    applyOnTheirs: () => {
      if (conflict?.current) void saveChanges(conflict.changes, conflict.current.version);
    },
    dismissConflict: versions.clearConflict,
  };
}
