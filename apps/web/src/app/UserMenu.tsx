import { Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconChevronDown,
  IconDevicesOff,
  IconHeartbeat,
  IconLanguage,
  IconLogout,
  IconSettings,
  IconUserCircle,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useChangeLanguage } from '../features/account/use-language-preference';
import { useSession } from '../features/auth/use-session';
import { describeError } from '../features/common/describe-error';
import { LANGUAGES, toLanguage } from '../i18n/languages';

/** The signed-in user: name, role, language, "Log out" and "Log out everywhere". */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const { user, signOut } = useSession();
  const changeLanguage = useChangeLanguage();
  if (!user) return null;
  const current = toLanguage(i18n.resolvedLanguage ?? i18n.language);

  const doSignOut = async (everywhere: boolean) => {
    try {
      await signOut({ everywhere });
    } catch (error) {
      notifications.show({
        title: t('auth.signOutFailed'),
        message: describeError(error, t).message,
        color: 'red.9',
      });
    }
  };

  return (
    <Menu position="bottom-end" withinPortal width={260}>
      <Menu.Target>
        <Button
          variant="subtle"
          px="xs"
          leftSection={<IconUserCircle size={24} stroke={1.5} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('header.userMenuFor', { name: user.name })}
        >
          <Text span visibleFrom="sm" fw={600} size="sm" truncate maw={160}>
            {user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={700} c="var(--mantine-color-text)">
            {user.name}
          </Text>
          <Text size="xs" c="var(--mantine-color-text)">
            {user.email}
          </Text>
          <Text size="xs" c="var(--mantine-color-text)">
            {t('header.role')}: {t(`roles.${user.role}`)}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconSettings size={16} aria-hidden />}>
          {t('account.menuItem')}
        </Menu.Item>
        <Menu.Item component={Link} to="/system" leftSection={<IconHeartbeat size={16} aria-hidden />}>
          {t('account.systemStatus')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>
          <IconLanguage size={12} aria-hidden /> {t('header.language')}
        </Menu.Label>
        {LANGUAGES.map(({ code, endonym }) => (
          <Menu.Item
            key={code}
            // Mantine sets role="menuitem"; a language is one choice of three (a radio item).
            renderRoot={(props) => (
              <button type="button" {...props} role="menuitemradio" aria-checked={code === current} />
            )}
            lang={code}
            leftSection={
              code === current ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16 }} />
            }
            onClick={() => void changeLanguage(code)}
          >
            {endonym}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void doSignOut(false)}>
          {t('auth.logOut')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconDevicesOff size={16} aria-hidden />}
          onClick={() => void doSignOut(true)}
        >
          {t('auth.logOutEverywhere')}
          <VisuallyHidden>{` (${t('auth.logOutEverywhereHint')})`}</VisuallyHidden>
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
