import {
  CloseButton,
  Combobox,
  Group,
  InputBase,
  type InputBaseProps,
  Loader,
  Text,
  useCombobox,
} from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, type Ref, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A record offered by a picker: its id, the name shown, and a line that tells look-alikes apart. */
export interface EntityOption {
  id: string;
  label: string;
  description?: string;
}

export interface EntityPickerProps
  extends Omit<InputBaseProps, 'value' | 'onChange' | 'label' | 'rightSection' | 'leftSection'> {
  label: ReactNode;
  value: EntityOption | null;
  onChange: (value: EntityOption | null) => void;
  /**
   * Looks records up through a list endpoint (`?q=` matches names in any script). Called with the
   * typed text (possibly empty: then the first records in name order).
   */
  search: (q: string, signal: AbortSignal) => Promise<EntityOption[]>;
  /** Cache key prefix, e.g. ['organisations', 'picker']. */
  queryKey: readonly unknown[];
  /** Ids never offered (the record itself, when picking its parent). */
  exclude?: readonly string[];
  placeholder?: string;
  onBlur?: () => void;
  name?: string;
  /** Milliseconds to wait after the last keystroke; 250 by default. */
  debounce?: number;
  id?: string;
  /** The text box (react-hook-form focuses it when the field has an error). */
  ref?: Ref<HTMLInputElement>;
}

/**
 * Picks one record by searching for it (persons, organisations, legal provisions...). Keyboard:
 * type to search, arrows to move, Enter to choose, Escape to close. The dropdown never loads more
 * than the endpoint's first page: a picker is for finding, not browsing.
 */
export function EntityPicker({
  label,
  value,
  onChange,
  search,
  queryKey,
  exclude = [],
  placeholder,
  onBlur,
  debounce = 250,
  id,
  ref,
  ...rest
}: EntityPickerProps) {
  const { t } = useTranslation();
  const inputId = useId(id);
  const labelId = `${inputId}-label`;
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState(value?.label ?? '');
  const [typing, setTyping] = useState(false);
  const [debounced] = useDebouncedValue(typing ? text.trim() : '', debounce);
  const opened = combobox.dropdownOpened;

  useEffect(() => {
    if (!typing) setText(value?.label ?? '');
  }, [value, typing]);

  const results = useQuery({
    queryKey: [...queryKey, debounced],
    queryFn: ({ signal }) => search(debounced, signal),
    enabled: opened,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const options = (results.data ?? []).filter((o) => !exclude.includes(o.id));

  // Keep the highlighted option valid as results arrive.
  useEffect(() => {
    if (opened && options.length > 0) combobox.updateSelectedOptionIndex('active');
  }, [opened, options.length, combobox]);

  const choose = (option: EntityOption | null) => {
    onChange(option);
    setTyping(false);
    setText(option?.label ?? '');
    combobox.closeDropdown();
  };

  let status: ReactNode = null;
  if (results.isError) status = t('picker.failed');
  else if (results.isPending) status = t('common.loading');
  else if (options.length === 0) status = debounced ? t('picker.nothingFound') : t('picker.typeToSearch');

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(optionId) => choose(options.find((o) => o.id === optionId) ?? null)}
    >
      <Combobox.Target targetType="input" withExpandedAttribute>
        <InputBase
          {...rest}
          ref={ref}
          id={inputId}
          label={label}
          labelProps={{ id: labelId }}
          value={text}
          placeholder={placeholder ?? t('picker.placeholder')}
          autoComplete="off"
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            results.isFetching && opened ? (
              <Loader size={16} aria-hidden />
            ) : value ? (
              <CloseButton
                size="sm"
                aria-label={t('picker.clear', { name: value.label })}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(null)}
              />
            ) : (
              <Combobox.Chevron />
            )
          }
          rightSectionPointerEvents={value && !(results.isFetching && opened) ? 'all' : 'none'}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setTyping(true);
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            setTyping(false);
            setText(value?.label ?? '');
            onBlur?.();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options labelledBy={labelId}>
          {options.map((option) => (
            <Combobox.Option
              key={option.id}
              value={option.id}
              active={option.id === value?.id}
              aria-selected={option.id === value?.id}
            >
              <Group gap={4} wrap="nowrap">
                <div>
                  <Text size="sm">{option.label}</Text>
                  {option.description ? (
                    <Text size="xs" c="dimmed">
                      {option.description}
                    </Text>
                  ) : null}
                </div>
              </Group>
            </Combobox.Option>
          ))}
          {status ? <Combobox.Empty>{status}</Combobox.Empty> : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
