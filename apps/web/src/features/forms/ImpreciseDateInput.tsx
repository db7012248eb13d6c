import { type ImpreciseDate, parseImpreciseDate } from '@habeas/shared';
import { TextInput, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type Control, type FieldPath, type FieldValues, useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

export interface ImpreciseDateChange {
  /** What is in the box. */
  text: string;
  /** False when the box holds text that is not a date we can read. */
  readable: boolean;
}

export interface ImpreciseDateInputProps
  extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange' | 'error'> {
  label: ReactNode;
  value: ImpreciseDate | null | undefined;
  /** The parsed date, or null when the box is empty or unreadable (see `change.readable`). */
  onChange: (value: ImpreciseDate | null, change: ImpreciseDateChange) => void;
  /** An error from the form or the API; an unreadable date shows its own message first. */
  error?: ReactNode;
}

function sameDate(a: ImpreciseDate | null | undefined, b: ImpreciseDate | null | undefined): boolean {
  return (a?.value ?? null) === (b?.value ?? null) && (a?.precision ?? null) === (b?.precision ?? null);
}

/**
 * A date as staff type it: "16.12.2011", "12.2011", "2011", "December 2011", "декабрь 2011",
 * "2011 ж. желтоқсан". Says below the box how it was understood ("December 2011 (month)"), so a
 * day/month mix-up is seen before saving, and hands the form `{ value, precision }`.
 */
export function ImpreciseDateInput({
  label,
  value,
  onChange,
  error,
  description,
  onBlur,
  ...rest
}: ImpreciseDateInputProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [text, setText] = useState(() => (value ? format.impreciseDate(value) : ''));
  const emitted = useRef<ImpreciseDate | null | undefined>(value);

  // A new value from outside (form reset, another record): show it. Our own echo is ignored so the
  // text stays as typed ("12.2011" is not rewritten to "December 2011" under the cursor).
  useEffect(() => {
    if (sameDate(value, emitted.current)) return;
    emitted.current = value;
    setText(value ? format.impreciseDate(value) : '');
  }, [value, format]);

  const trimmed = text.trim();
  const parsed = trimmed === '' ? null : parseImpreciseDate(trimmed);
  const unreadable = trimmed !== '' && parsed === null;

  const understood = parsed
    ? t('dates.understoodAs', {
        date: format.impreciseDate(parsed),
        precision: t(`dates.precision.${parsed.precision}`),
      })
    : null;

  return (
    <TextInput
      {...rest}
      label={label}
      value={text}
      autoComplete="off"
      leftSection={<IconCalendar size={16} aria-hidden />}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const nextTrimmed = next.trim();
        const date = nextTrimmed === '' ? null : parseImpreciseDate(nextTrimmed);
        emitted.current = date;
        onChange(date, { text: next, readable: nextTrimmed === '' || date !== null });
      }}
      onBlur={onBlur}
      description={understood ?? description ?? t('dates.hint')}
      descriptionProps={{ 'aria-live': 'polite' }}
      error={unreadable ? t('dates.unreadable') : error}
    />
  );
}

/**
 * Stored in the form while the box holds unreadable text: the shared ImpreciseDateSchema rejects it,
 * so the form cannot be submitted with the date silently dropped.
 */
export const UNREADABLE_DATE: ImpreciseDate = { value: 'unreadable', precision: 'day' };

export function isUnreadableDate(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as ImpreciseDate).value === UNREADABLE_DATE.value
  );
}

export interface ImpreciseDateFieldProps<T extends FieldValues, TOut = T>
  extends Omit<ImpreciseDateInputProps, 'value' | 'onChange' | 'error'> {
  /** From useZodForm (whose parsed output may differ from its input) or a plain useForm. */
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
}

/** {@link ImpreciseDateInput} bound to a react-hook-form field holding `ImpreciseDate | null`. */
export function ImpreciseDateField<T extends FieldValues>({
  control,
  name,
  ...rest
}: ImpreciseDateFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  // Unreadable text stays in the box (the input keeps it); the input itself is told "no date".
  const value = isUnreadableDate(field.value) ? null : (field.value as ImpreciseDate | null | undefined);
  const error = fieldState.error as { message?: string; value?: { message?: string } } | undefined;
  return (
    <ImpreciseDateInput
      {...rest}
      ref={field.ref}
      name={field.name}
      value={value}
      onChange={(date, { readable }) => field.onChange(readable ? date : UNREADABLE_DATE)}
      onBlur={field.onBlur}
      error={error?.message ?? error?.value?.message}
    />
  );
}
