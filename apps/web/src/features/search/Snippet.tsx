import { Mark, Text, type TextProps } from '@mantine/core';
import { parseSnippet } from './snippet';

/** A search snippet with its matched words highlighted, built from text nodes only. */
export function Snippet({ html, ...props }: { html: string } & TextProps) {
  const parts = parseSnippet(html);
  return (
    <Text size="sm" {...props}>
      {parts.map((part, i) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never reorder
          <Mark key={i} color="yellow.2">
            {part.text}
          </Mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never reorder
          <span key={i}>{part.text}</span>
        ),
      )}
    </Text>
  );
}
