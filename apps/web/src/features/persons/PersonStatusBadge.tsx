import type { PersonStatus } from '@habeas/shared';
import { Badge, type BadgeProps } from '@mantine/core';
import {
  IconDoorExit,
  IconFence,
  IconFlower,
  IconHelpCircle,
  IconHome,
  IconHourglass,
  IconLock,
  IconLockSquare,
  IconPlaneDeparture,
  IconUserQuestion,
  IconWalk,
  type TablerIcon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const ICONS: Record<PersonStatus, TablerIcon> = {
  at_large: IconWalk,
  detained: IconLockSquare,
  pretrial_detention: IconFence,
  house_arrest: IconHome,
  imprisoned: IconLock,
  probation: IconHourglass,
  released: IconDoorExit,
  exiled: IconPlaneDeparture,
  disappeared: IconUserQuestion,
  deceased: IconFlower,
  unknown: IconHelpCircle,
};

// Dark shades only (readable on their light background); the word and the icon carry the meaning.
const COLORS: Record<PersonStatus, string> = {
  at_large: 'teal.9',
  detained: 'red.9',
  pretrial_detention: 'red.9',
  house_arrest: 'orange.9',
  imprisoned: 'red.9',
  probation: 'yellow.9',
  released: 'habeas',
  exiled: 'grape.9',
  disappeared: 'dark',
  deceased: 'dark',
  unknown: 'gray.9',
};

export interface PersonStatusBadgeProps extends Omit<BadgeProps, 'children' | 'color'> {
  status: PersonStatus;
}

/** The derived status as a word with an icon ("Imprisoned"), never as a colour alone. */
export function PersonStatusBadge({ status, ...rest }: PersonStatusBadgeProps) {
  const { t } = useTranslation();
  const Icon = ICONS[status];
  return (
    <Badge
      variant={status === 'deceased' || status === 'disappeared' ? 'filled' : 'light'}
      color={COLORS[status]}
      leftSection={<Icon size={14} aria-hidden />}
      {...rest}
    >
      {t(`persons.status.${status}`)}
    </Badge>
  );
}
