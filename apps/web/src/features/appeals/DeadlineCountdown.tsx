import { Group, Text } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

export interface DeadlineCountdownProps {
  /** Days from today to the deadline (the API's derived `daysUntilDeadline` / `daysLeft`). */
  days: number | null;
  /** Passed while the appeal was still only planned (the API's derived `overdue`). */
  overdue: boolean;
  size?: 'xs' | 'sm' | 'md';
}

/**
 * "5 days left", "Due today", "Overdue by 3 days". Overdue is said in words and with an icon, and
 * shown in red: never by colour alone.
 */
export function DeadlineCountdown({ days, overdue, size = 'sm' }: DeadlineCountdownProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (days === null) return null;
  const duration = format.duration(Math.abs(days) * 86_400);
  if (overdue) {
    return (
      <Group gap={4} wrap="nowrap" data-overdue="true">
        <IconAlertTriangle size={16} aria-hidden color="var(--mantine-color-red-9)" />
        <Text span size={size} fw={700} c="red.9">
          {t('appeals.countdown.overdue', { duration })}
        </Text>
      </Group>
    );
  }
  if (days < 0) {
    return (
      <Text span size={size}>
        {t('appeals.countdown.passed', { duration })}
      </Text>
    );
  }
  const soon = days <= 7;
  const Icon = soon ? IconAlarm : IconClock;
  return (
    <Group gap={4} wrap="nowrap">
      <Icon size={16} aria-hidden color={soon ? 'var(--mantine-color-orange-9)' : undefined} />
      <Text span size={size} fw={soon ? 700 : 400} c={soon ? 'orange.9' : undefined}>
        {days === 0 ? t('appeals.countdown.today') : t('appeals.countdown.left', { duration })}
      </Text>
    </Group>
  );
}
