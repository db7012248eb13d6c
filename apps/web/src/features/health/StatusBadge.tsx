import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';

export interface StatusBadgeProps {
  good: boolean;
  label: string;
}

/** A filled badge with an icon, so the state is never told by colour alone; both colours pass AA. */
export function StatusBadge({ good, label }: StatusBadgeProps) {
  const Icon = good ? IconCircleCheck : IconAlertTriangle;
  return (
    <Badge
      size="lg"
      variant="filled"
      color={good ? 'habeas' : 'red.9'}
      leftSection={<Icon size={16} aria-hidden />}
    >
      {label}
    </Badge>
  );
}
