import { useCallback, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type ApplyServerErrorsOptions,
  applyServerErrors,
  type FormError,
  formErrorFrom,
} from './server-errors';

/**
 * What a form does with a failed save: 400 issues go to their fields, anything else becomes the
 * form-level message shown by <FormErrorAlert error={formError} />.
 */
export function useServerErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T, unknown, unknown>, 'setError' | 'getValues'>,
  options?: ApplyServerErrorsOptions,
) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<FormError | null>(null);
  const { setError, getValues } = form;
  const fieldMap = options?.fieldMap;
  const handleError = useCallback(
    (error: unknown) => {
      const applied = applyServerErrors(error, { setError, getValues }, fieldMap ? { fieldMap } : {});
      setFormError(formErrorFrom(error, applied, t));
    },
    [setError, getValues, fieldMap, t],
  );
  const clearFormError = useCallback(() => setFormError(null), []);
  return { formError, handleError, clearFormError };
}
