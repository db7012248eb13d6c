import { CloseButton, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchBoxProps extends Omit<TextInputProps, 'value' | 'onChange' | 'label'> {
  /** The search in force (from the URL). */
  value: string;
  /** Called once typing pauses, on Enter at once, and with '' when cleared. */
  onSearch: (q: string) => void;
  label: string;
  /** Milliseconds after the last keystroke; 300 by default. */
  delay?: number;
}

/**
 * The search field of a list: names match in any script (Козлов, Kozlov, Qozlov), so one box is
 * enough. Debounced, so the list is not refetched on every keystroke.
 */
export function SearchBox({ value, onSearch, label, delay = 300, ...rest }: SearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const lastSent = useRef(value);
  const send = (q: string) => {
    if (q.trim() === lastSent.current.trim()) return;
    lastSent.current = q;
    onSearch(q.trim());
  };
  const debounced = useDebouncedCallback(send, delay);

  // Back/forward or a shared link changed the search: show it.
  useEffect(() => {
    if (value.trim() !== lastSent.current.trim()) {
      lastSent.current = value;
      setText(value);
    }
  }, [value]);

  return (
    <search aria-label={label}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          debounced.cancel();
          send(text);
        }}
      >
        <TextInput
          type="search"
          label={label}
          enterKeyHint="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            text ? (
              <CloseButton
                size="sm"
                aria-label={t('lists.clearSearch')}
                onClick={() => {
                  debounced.cancel();
                  setText('');
                  send('');
                }}
              />
            ) : null
          }
          {...rest}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            debounced(event.currentTarget.value);
          }}
        />
      </form>
    </search>
  );
}
