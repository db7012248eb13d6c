import { Checkbox, Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The two controls every list filter bar repeats (events, sources, organisations...): a choice
 * among fixed values with "All" when cleared, and "Show deleted". Both write one URL filter, so
 * a filtered list can be bookmarked, saved as a search and exported as shown.
 */

export interface FilterSelectProps<V extends string> {
  label: string;
  /** The filter in force (from the URL), undefined for "All". */
  value: V | undefined;
  /** The new value, or undefined when cleared. */
  onChange: (value: V | undefined) => void;
  /** The values a user may choose, in display order. */
  options: readonly V[];
  /** How a value reads in the interface language. */
  optionLabel: (value: V) => string;
  w?: SelectProps['w'];
}

/** A clearable choice among the values of an enum filter ("All" when nothing is chosen). */
export function FilterSelect<V extends string>({
  label,
  value,
  onChange,
  options,
  optionLabel,
  w = 200,
}: FilterSelectProps<V>) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      placeholder={t('lists.all')}
      clearable
      value={value ?? null}
      onChange={(next) => onChange((next ?? undefined) as V | undefined)}
      data={options.map((option) => ({ value: option, label: optionLabel(option) }))}
      w={w}
    />
  );
}

export interface ShowDeletedFilterProps {
  /** Whether `includeDeleted=true` is in force. */
  checked: boolean;
  onChange: (value: 'true' | undefined) => void;
}

/** "Show deleted": puts `includeDeleted=true` in the URL (the page shows it only to roles that may). */
export function ShowDeletedFilter({ checked, onChange }: ShowDeletedFilterProps) {
  const { t } = useTranslation();
  return (
    <Checkbox
      label={t('lists.showDeleted')}
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked ? 'true' : undefined)}
      mb={8}
    />
  );
}
