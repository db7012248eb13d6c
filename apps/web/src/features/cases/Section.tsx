import { Card, Group, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';

export interface SectionProps {
  title: string;
  /** Buttons at the right of the heading ("Add hearing"). */
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}

/** A titled card of the case or event page: a region named by its heading (h2). */
export function Section({ title, actions, children, id }: SectionProps) {
  const headingId = useId(id);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" mb="sm" gap="sm" wrap="wrap">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      {children}
    </Card>
  );
}
