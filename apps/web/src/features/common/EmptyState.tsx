import { Stack, Text, ThemeIcon } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface EmptyStateProps {
  /** Defaults to "Nothing here yet". */
  title?: string;
  description?: ReactNode;
  icon?: ReactNode;
  /** A call to action, such as an "Add" button. */
  action?: ReactNode;
}

export function EmptyState({ title, description, icon, action }: EmptyStateProps) {
  const { t } = useTranslation();
  return (
    <Stack align="center" gap="sm" py="xl" ta="center">
      <ThemeIcon variant="light" size={56} radius="xl" aria-hidden>
        {icon ?? <IconInbox size={30} stroke={1.5} />}
      </ThemeIcon>
      <Text fw={600} size="lg">
        {title ?? t('common.empty')}
      </Text>
      {description ? <Text maw={480}>{description}</Text> : null}
      {action}
    </Stack>
  );
}
