import type { ImpreciseDate } from '@habeas/shared';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ImpreciseDateInput,
  type ImpreciseDateInputProps,
  isUnreadableDate,
  UNREADABLE_DATE,
} from '../forms/ImpreciseDateInput';

/** Messages of the shared period rule (endNotBeforeStart), in the interface language. */
const PERIOD_MESSAGE = /^must not be before /;

export interface DateFieldProps<T extends FieldValues>
  extends Omit<ImpreciseDateInputProps, 'value' | 'onChange' | 'error'> {
  // biome-ignore lint/suspicious/noExplicitAny: any form whose schema transforms its values
  control: Control<T, any, any>;
  name: FieldPath<T>;
}

/**
 * ImpreciseDateField, with the shared schemas' "must not be before startedOn" said in the
 * interface language ("The end cannot be before the start").
 */
export function DateField<T extends FieldValues>({ control, name, ...rest }: DateFieldProps<T>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const value = isUnreadableDate(field.value) ? null : (field.value as ImpreciseDate | null | undefined);
  const error = fieldState.error as { message?: string; value?: { message?: string } } | undefined;
  const message = error?.message ?? error?.value?.message;
  return (
    <ImpreciseDateInput
      {...rest}
      ref={field.ref}
      name={field.name}
      value={value}
      onChange={(date, { readable }) => field.onChange(readable ? date : UNREADABLE_DATE)}
      onBlur={field.onBlur}
      error={message && PERIOD_MESSAGE.test(message) ? t('persons.period.endBeforeStart') : message}
    />
  );
}
