import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { changeLanguage } from '../i18n/i18n';
import { LANGUAGE_STORAGE_KEY } from '../i18n/languages';
import { createTestQueryClient, jsonResponse, mockFetch } from '../test/render';
import { AppProviders } from './AppProviders';
import { routes } from './router';

function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders queryClient={createTestQueryClient()} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

afterEach(async () => {
  localStorage.clear();
  await changeLanguage('en');
  localStorage.clear();
});

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
      'Organisations',
      'Appeals & deadlines',
      'Reports',
      'Audit trail',
      'Users',
    ]);
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Habeas');
  });

  it('renders the system status page at / (lazy route)', async () => {
    mockFetch(() =>
      jsonResponse({
        status: 'ok',
        version: '0.1.0',
        database: {
          reachable: true,
          embedded: false,
          serverVersion: '16.4',
          migrations: { applied: 1, pending: [], failed: [] },
        },
        uptimeSeconds: 5,
      }),
    );
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'System status' })).toBeInTheDocument();
    expect(await screen.findByText('Separate database server')).toBeInTheDocument();
    const dashboard = within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', {
      name: 'Dashboard',
    });
    expect(dashboard).toHaveAttribute('aria-current', 'page');
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
