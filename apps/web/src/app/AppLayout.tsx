import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import classes from './AppLayout.module.css';
import { GlobalSearch } from './GlobalSearch';
import { LanguageSwitcher } from './LanguageSwitcher';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

/** The shell around every page: header, side navigation and the `<main id="main">` landmark. */
export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);

  return (
    <>
      <a href="#main" className={classes.skipLink}>
        {t('a11y.skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" gap="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('a11y.toggleNavigation')}
                aria-expanded={navOpened}
                aria-controls="main-navigation"
              />
              <Link to="/" className={classes.brand}>
                {t('app.name')}
              </Link>
            </Group>
            <GlobalSearch />
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitcher />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar id="main-navigation" p="sm" aria-label={t('a11y.mainNavigation')}>
          <MainNav onNavigate={nav.close} />
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
