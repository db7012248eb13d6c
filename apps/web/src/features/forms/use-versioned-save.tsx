import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { useServerErrors } from './use-server-errors';
import { type PendingConflict, useVersionConflict, type VersionedRecord } from './use-version-conflict';

export type { PendingConflict, VersionedRecord };

export interface VersionedSaveOptions<
  Values extends FieldValues,
  Output,
  R extends VersionedRecord,
  Saved extends { id: string },
  Changes extends object,
> {
  form: UseFormReturn<Values, unknown, Output>;
  /** The record as read when the form opened (its version is the one sent); undefined to create. */
  record: R | undefined;
  /** The record's shared schema: parses their version out of a 409. */
  schema: z.ZodType<R>;
  create: (values: Output) => Promise<Saved>;
  update: (id: string, input: Changes & { version: number }) => Promise<Saved>;
  /** The fields the user changed (usually `changedFields(toInput(record), values)`). */
  changesOf: (record: R, values: Output) => Changes;
  /** The record's page, where the form goes after saving, discarding or finding nothing to save. */
  pathOf: (id: string) => string;
  messages: { created: string; saved: string };
  /** Update the query cache with the saved record. */
  onSaved: (saved: Saved) => void;
  /** Update the query cache when the user drops their changes for their version. */
  onDiscarded: (id: string, current: R | null) => void;
}

/**
 * The submit logic every create/edit form shares, so it is written (and fixed) once: create or
 * send only the changed fields with the version read, "no changes" when there are none, 400s at
 * their fields (formError for the rest), a 409 VERSION_CONFLICT kept in `conflict` for the
 * ConflictDialog, then the success notice, the caller's cache updates and the record's page.
 */
export function useVersionedSave<
  Values extends FieldValues,
  Output,
  R extends VersionedRecord,
  Saved extends { id: string },
  Changes extends object,
>({
  form,
  record,
  schema,
  create,
  update,
  changesOf,
  pathOf,
  messages,
  onSaved,
  onDiscarded,
}: VersionedSaveOptions<Values, Output, R, Saved, Changes>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const createMutation = useMutation({ mutationFn: create });
  const updateMutation = useMutation({
    mutationFn: ({ id, changes, version }: { id: string; changes: Changes; version: number }) =>
      update(id, { ...changes, version }),
  });

  const saved = (result: Saved, message: string) => {
    onSaved(result);
    notifications.show({ message, color: 'habeas', icon: <IconCheck size={18} aria-hidden /> });
    void navigate(pathOf(result.id));
  };

  const versions = useVersionConflict<R, Changes, Saved>({
    schema,
    send: (changes, version) => updateMutation.mutateAsync({ id: record?.id ?? '', changes, version }),
    onSaved: (result) => saved(result, messages.saved),
    onError: handleError,
  });
  const { conflict } = versions;

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    if (!record) {
      try {
        saved(await createMutation.mutateAsync(values), messages.created);
      } catch (error) {
        handleError(error);
      }
      return;
    }
    const changes = changesOf(record, values);
    if (Object.keys(changes).length === 0) {
      notifications.show({ message: t('forms.noChanges') });
      void navigate(pathOf(record.id));
      return;
    }
    await versions.saveChanges(changes, record.version);
  });

  /** Drop the user's changes and show their version. */
  const discardConflict = () => {
    if (!record || !conflict) return;
    onDiscarded(record.id, conflict.current);
    versions.clearConflict();
    notifications.show({ message: t('conflict.discarded') });
    void navigate(pathOf(record.id));
  };

  return {
    submit,
    formError,
    /** Creating or saving: the submit button's loading state. */
    pending: createMutation.isPending || updateMutation.isPending,
    conflict,
    /** Applying the changes (from the conflict dialog). */
    applying: updateMutation.isPending,
    /** Apply the user's changes on top of their version (only possible when it is visible). */
    applyConflict: versions.applyOnTheirs,
    discardConflict,
    closeConflict: versions.clearConflict,
  };
}
