import type { ImpreciseDate } from '@habeas/shared';
import { NumberInput, TextInput, type TextInputProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { ImpreciseDateInput } from '../forms/ImpreciseDateInput';

/**
 * Filter controls of the persons list whose value lives in the URL. Text and dates are applied when
 * the user leaves the box or presses Enter (not on every keystroke: "2011-12" passes through "2011").
 */

/** '2011' | '2011-12' | '2011-12-16' (the API's bound) as an imprecise date, and back. */
export function boundToDate(bound: string | undefined): ImpreciseDate | null {
  if (!bound) return null;
  const [y, m, d] = bound.split('-');
  if (d && m) return { value: `${y}-${m}-${d}`, precision: 'day' };
  if (m) return { value: `${y}-${m}-01`, precision: 'month' };
  return { value: `${y}-01-01`, precision: 'year' };
}

export function dateToBound(date: ImpreciseDate): string {
  if (date.precision === 'year') return date.value.slice(0, 4);
  if (date.precision === 'month') return date.value.slice(0, 7);
  return date.value;
}

export interface DateBoundFilterProps {
  label: string;
  value: string | undefined;
  onApply: (bound: string | undefined) => void;
  w?: TextInputProps['w'];
}

/** A date bound typed as staff write dates ("12.2011", "2011"), kept in the URL as 2011-12 / 2011. */
export function DateBoundFilter({ label, value, onApply, w }: DateBoundFilterProps) {
  const [draft, setDraft] = useState<ImpreciseDate | null>(() => boundToDate(value));
  const [readable, setReadable] = useState(true);

  useEffect(() => {
    setDraft(boundToDate(value));
  }, [value]);

  const apply = () => {
    if (!readable) return;
    const next = draft ? dateToBound(draft) : undefined;
    if (next !== value) onApply(next);
  };

  return (
    <ImpreciseDateInput
      label={label}
      value={draft}
      onChange={(date, change) => {
        setDraft(date);
        setReadable(change.readable);
      }}
      onBlur={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          apply();
        }
      }}
      w={w}
    />
  );
}

export interface TextFilterProps extends Omit<TextInputProps, 'value' | 'onChange' | 'label'> {
  label: string;
  value: string | undefined;
  onApply: (value: string | undefined) => void;
}

/** A free-text filter (a region) applied on Enter or when the box is left. */
export function TextFilter({ label, value, onApply, ...rest }: TextFilterProps) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const apply = () => {
    const next = text.trim() || undefined;
    if (next !== value) onApply(next);
  };
  return (
    <TextInput
      {...rest}
      label={label}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          apply();
        }
      }}
    />
  );
}

export interface IdFilterPickerProps {
  label: ReactNode;
  /** The id in the URL. */
  value: string | undefined;
  onApply: (id: string | undefined) => void;
  search: (q: string, signal: AbortSignal) => Promise<EntityOption[]>;
  pickerKey: readonly unknown[];
  /** Reads the name of an id that came with the URL (a shared link, a reload). */
  resolveKey: (id: string) => readonly unknown[];
  resolve: (id: string, signal: AbortSignal) => Promise<EntityOption>;
  w?: number | string;
}

/** A record filter (legal provision, organisation, event): search by name, the id goes to the URL. */
export function IdFilterPicker({
  label,
  value,
  onApply,
  search,
  pickerKey,
  resolveKey,
  resolve,
  w,
}: IdFilterPickerProps) {
  const [chosen, setChosen] = useState<EntityOption | null>(null);
  const known = chosen && chosen.id === value ? chosen : null;
  const resolved = useQuery({
    queryKey: resolveKey(value ?? ''),
    queryFn: ({ signal }) => resolve(value as string, signal),
    enabled: Boolean(value) && !known,
    staleTime: 5 * 60_000,
  });
  const option = value ? (known ?? resolved.data ?? { id: value, label: '…' }) : null;
  return (
    <EntityPicker
      label={label}
      value={option}
      onChange={(next) => {
        setChosen(next);
        onApply(next?.id);
      }}
      search={search}
      queryKey={pickerKey}
      w={w}
    />
  );
}

export interface YearsFilterProps {
  label: string;
  description?: string;
  /** Months, as the API and the URL keep them ("90"). */
  value: string | undefined;
  onApply: (months: string | undefined) => void;
}

/** Months in the URL as years on screen (90 -> 7.5); empty when unset. */
const toYears = (months: string | undefined) => (months === undefined ? '' : Number(months) / 12);

/**
 * A sentence length typed in years (7.5 = 7 years 6 months) and kept in the URL in months, as the
 * API counts terms. Applied on Enter or when the box is left.
 */
export function YearsFilter({ label, description, value, onApply }: YearsFilterProps) {
  const [years, setYears] = useState<string | number>(() => toYears(value));
  useEffect(() => setYears(toYears(value)), [value]);
  const apply = () => {
    const number = typeof years === 'number' ? years : Number.parseFloat(years);
    const next = years === '' || Number.isNaN(number) ? undefined : String(Math.round(number * 12));
    if (next !== value) onApply(next);
  };
  return (
    <NumberInput
      label={label}
      description={description}
      value={years}
      onChange={setYears}
      onBlur={apply}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          apply();
        }
      }}
      min={0}
      max={100}
      step={0.5}
      decimalScale={2}
      allowNegative={false}
    />
  );
}
