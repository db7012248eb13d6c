import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

export interface FilterTextInputProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** The filter in force (from the URL). */
  value: string;
  /** Called once typing pauses, on Enter at once; '' when emptied. */
  onCommit: (value: string) => void;
  delay?: number;
}

/** A free-text list filter (a region, a date bound) applied as typing pauses, kept in the URL. */
export function FilterTextInput({ value, onCommit, delay = 400, onKeyDown, ...rest }: FilterTextInputProps) {
  const [text, setText] = useState(value);
  const lastSent = useRef(value);
  const send = (next: string) => {
    const trimmed = next.trim();
    if (trimmed === lastSent.current.trim()) return;
    lastSent.current = trimmed;
    onCommit(trimmed);
  };
  const debounced = useDebouncedCallback(send, delay);

  // Back/forward or "clear filters" changed the value: show it.
  useEffect(() => {
    if (value.trim() !== lastSent.current.trim()) {
      lastSent.current = value;
      setText(value);
    }
  }, [value]);

  return (
    <TextInput
      {...rest}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        debounced(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          debounced.cancel();
          send(text);
        }
        onKeyDown?.(event);
      }}
    />
  );
}
