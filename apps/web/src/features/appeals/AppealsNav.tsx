import { Button, Group } from '@mantine/core';
import { IconCalendarDue, IconGavel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** Switches between the appeals list and the deadlines view (two pages, two URLs). */
export function AppealsNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = [
    { to: '/appeals', label: t('appeals.nav.list'), icon: IconGavel },
    { to: '/appeals/deadlines', label: t('appeals.nav.deadlines'), icon: IconCalendarDue },
  ];
  return (
    <Group component="nav" aria-label={t('appeals.nav.label')} gap="xs" mb="md">
      {items.map(({ to, label, icon: Icon }) => {
        const current = pathname === to;
        return (
          <Button
            key={to}
            component={Link}
            to={to}
            variant={current ? 'filled' : 'outline'}
            aria-current={current ? 'page' : undefined}
            leftSection={<Icon size={16} aria-hidden />}
          >
            {label}
          </Button>
        );
      })}
    </Group>
  );
}
