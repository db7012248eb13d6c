import { ErrorCode } from '@habeas/shared';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useSaveFailure } from '../forms/use-save-failure';
import { useServerErrors } from '../forms/use-server-errors';
import { personKeys } from './persons-api';

/** Shows a failed sub-record save: a version conflict reloads the person, anything else says why. */
export function useSubRecordFailure(personId: string) {
  const { t } = useTranslation();
  const saveFailure = useSaveFailure();
  return (error: unknown) =>
    saveFailure(error, { message: t('persons.changedMeanwhile'), reload: personKeys.detail(personId) });
}

/**
 * The submit logic the person's sub-record modals (affiliations, detention...) share: save, reload
 * the person, say so and close; 400s go to the fields, and a version conflict reloads the person
 * and closes (useSubRecordFailure) rather than offering a merge.
 */
export function useSubRecordSave<Values extends FieldValues, Output, Saved>({
  form,
  personId,
  save,
  message,
  onSaved,
  onDone,
}: {
  form: UseFormReturn<Values, unknown, Output>;
  personId: string;
  /** Create or update the sub-record (sending only the changed fields with the version read). */
  save: (values: Output) => Promise<Saved>;
  /** The success notice. */
  message: (saved: Saved) => string;
  /** Further cache updates beyond reloading the person. */
  onSaved?: () => void;
  /** Closes the modal. */
  onDone: () => void;
}) {
  const queryClient = useQueryClient();
  const failed = useSubRecordFailure(personId);
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const mutation = useMutation({ mutationFn: save });

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      const saved = await mutation.mutateAsync(values);
      void queryClient.invalidateQueries({ queryKey: personKeys.detail(personId) });
      onSaved?.();
      notifications.show({
        message: message(saved),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
      onDone();
    } catch (error) {
      if (isApiError(error) && error.code === ErrorCode.VERSION_CONFLICT) {
        failed(error);
        onDone();
        return;
      }
      handleError(error);
    }
  });

  return { submit, formError, pending: mutation.isPending };
}
