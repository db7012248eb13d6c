import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, resetAppState, sessionInfo } from '../features/auth/testing';
import { LANGUAGE_STORAGE_KEY } from '../i18n/languages';
import { mockApi } from '../test/api-mock';
import { jsonResponse } from '../test/render';

const health = {
  status: 'ok',
  version: '0.1.0',
  database: {
    reachable: true,
    embedded: false,
    serverVersion: '16.4',
    migrations: { applied: 1, pending: [], failed: [] },
  },
  uptimeSeconds: 5,
};

// Every page of the shell is behind the session: a signed-in user unless a test says otherwise.
beforeEach(() => {
  mockApi({
    'GET /api/auth/me': () => jsonResponse(sessionInfo()),
    'GET /api/health': () => jsonResponse(health),
  });
});

afterEach(resetAppState);

describe('AppLayout', () => {
  it('has a skip link, a main landmark and the main navigation', async () => {
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    const labels = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(labels).toEqual([
      'Dashboard',
      'Persons',
      'Cases',
      'Events',
      'Sources',
      'Organisations',
      'Legal provisions',
      'Appeals & deadlines',
      'Reports',
      'Audit trail',
      // 'Users' is for administrators only (the signed-in test user is a coordinator).
    ]);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Habeas');
  });

  it('renders the system status page at /system (lazy route)', async () => {
    renderApp('/system');
    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument();
    expect(await screen.findByText('Separate database server')).toBeInTheDocument();
  });

  it('switches the interface to Russian and remembers the choice', async () => {
    renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });

    const languages = screen.getByRole('radiogroup', { name: 'Language' });
    await userEvent.click(within(languages).getByRole('radio', { name: 'Русский' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Основная навигация' });
    expect(within(nav).getByRole('link', { name: 'Дела' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Жалобы и сроки' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Русский' })).toBeChecked();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
  });
});
