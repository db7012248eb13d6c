import { useState } from 'react';
import type { z } from 'zod';
import { versionConflictOf } from './conflict';

/** A record the API versions: an update names the version it read, and gets 409 if it is stale. */
export interface VersionedRecord {
  id: string;
  version: number;
}

/** A 409 waiting for the user: their version (null when no longer visible) and the user's changes. */
export interface PendingConflict<R, Changes> {
  current: R | null;
  changes: Changes;
}

export interface VersionConflictOptions<R extends VersionedRecord, Changes, Saved> {
  /** The record's shared schema: parses their version out of a 409. */
  schema: z.ZodType<R>;
  /** Sends the changes naming the version they were made on. */
  send: (changes: Changes, version: number) => Promise<Saved>;
  onSaved: (saved: Saved) => void;
  /** Any failure but a version conflict (400s, 403s, network). */
  onError: (error: unknown) => void;
}

/**
 * The one place that turns a 409 VERSION_CONFLICT into a pending conflict: page forms
 * (use-versioned-save.tsx) and the case modals (cases/versioned-save.ts) both save through it, so
 * "apply my changes on their version" behaves the same everywhere.
 */
export function useVersionConflict<R extends VersionedRecord, Changes, Saved>({
  schema,
  send,
  onSaved,
  onError,
}: VersionConflictOptions<R, Changes, Saved>) {
  const [conflict, setConflict] = useState<PendingConflict<R, Changes> | null>(null);

  const saveChanges = async (changes: Changes, version: number) => {
    try {
      const saved = await send(changes, version);
      setConflict(null);
      onSaved(saved);
    } catch (error) {
      const versionConflict = versionConflictOf(error, schema);
      if (versionConflict) {
        setConflict({ current: versionConflict.current, changes });
        return;
      }
      setConflict(null);
      onError(error);
    }
  };

  return {
    conflict,
    saveChanges,
    /** Re-sends the same changes naming their version (only possible when it is visible). */
    applyOnTheirs: () => {
      if (conflict?.current) void saveChanges(conflict.changes, conflict.current.version);
    },
    clearConflict: () => setConflict(null),
  };
}
