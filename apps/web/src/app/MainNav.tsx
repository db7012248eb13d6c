import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import { useCan } from '../features/auth/use-session';
import { NAV_ITEMS } from './navigation';

export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const can = useCan();
  return (
    <>
      {NAV_ITEMS.filter(({ requires }) => !requires || can(requires.action, requires.subject)).map(
        ({ key, path, icon: Icon }) => {
          const active = matchPath({ path, end: path === '/' }, pathname) !== null;
          return (
            <NavLink
              key={key}
              component={Link}
              to={path}
              label={t(`nav.${key}`)}
              leftSection={<Icon size={20} stroke={1.6} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
            />
          );
        },
      )}
    </>
  );
}
