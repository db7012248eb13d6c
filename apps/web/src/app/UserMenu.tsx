import { ActionIcon, Menu } from '@mantine/core';
import { IconLogin, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Placeholder until the auth feature provides the signed-in user (name, role, sign out). */
export function UserMenu() {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={t('header.userMenu')}>
          <IconUserCircle size={26} stroke={1.5} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('header.notSignedIn')}</Menu.Label>
        <Menu.Item component={Link} to="/login" leftSection={<IconLogin size={16} aria-hidden />}>
          {t('header.signIn')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
