import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageLoader } from '../features/auth/FullPageState';
import { RequireSession } from '../features/auth/RequireSession';
import { SessionRoot } from '../features/auth/SessionRoot';
import { LoadingState } from '../features/common/LoadingState';
import { NotFoundPage } from '../features/common/NotFoundPage';
import { AppLayout } from './AppLayout';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/**
 * Each page is loaded on first visit (its own chunk), so the entry bundle holds only the shell.
 * Add a feature's routes here as `{ path, lazy: () => import(...).then((m) => ({ Component: m.X })) }`.
 * Everything but /login is behind <RequireSession> (signed in, or sent to /login?next=...).
 */
export const routes: RouteObject[] = [
  {
    Component: SessionRoot,
    HydrateFallback: FullPageLoader,
    children: [
      {
        path: '/login',
        ErrorBoundary: RouteErrorBoundary,
        lazy: () => import('../features/auth/LoginPage').then((m) => ({ Component: m.LoginPage })),
      },
      {
        Component: RequireSession,
        children: [
          {
            path: '/',
            Component: AppLayout,
            children: [
              {
                // Pathless: a failing page (or a chunk that no longer exists after a deploy) keeps the shell.
                ErrorBoundary: RouteErrorBoundary,
                // Shown inside the shell while the first page's chunk loads.
                HydrateFallback: LoadingState,
                children: [
                  {
                    index: true,
                    lazy: () =>
                      import('../features/health/HealthPage').then((m) => ({ Component: m.HealthPage })),
                  },
                  {
                    path: 'organisations',
                    lazy: () =>
                      import('../features/organisations/OrganisationsListPage').then((m) => ({
                        Component: m.OrganisationsListPage,
                      })),
                  },
                  {
                    path: 'organisations/new',
                    lazy: () =>
                      import('../features/organisations/OrganisationEditPage').then((m) => ({
                        Component: m.OrganisationCreatePage,
                      })),
                  },
                  {
                    path: 'organisations/:id',
                    lazy: () =>
                      import('../features/organisations/OrganisationDetailPage').then((m) => ({
                        Component: m.OrganisationDetailPage,
                      })),
                  },
                  {
                    path: 'organisations/:id/edit',
                    lazy: () =>
                      import('../features/organisations/OrganisationEditPage').then((m) => ({
                        Component: m.OrganisationEditPage,
                      })),
                  },
                  {
                    path: 'persons',
                    lazy: () =>
                      import('../features/persons/PersonsListPage').then((m) => ({
                        Component: m.PersonsListPage,
                      })),
                  },
                  {
                    path: 'persons/new',
                    lazy: () =>
                      import('../features/persons/PersonEditPage').then((m) => ({
                        Component: m.PersonCreatePage,
                      })),
                  },
                  {
                    path: 'persons/:id',
                    lazy: () =>
                      import('../features/persons/PersonDetailPage').then((m) => ({
                        Component: m.PersonDetailPage,
                      })),
                  },
                  {
                    path: 'persons/:id/edit',
                    lazy: () =>
                      import('../features/persons/PersonEditPage').then((m) => ({
                        Component: m.PersonEditPage,
                      })),
                  },
                  { path: '*', Component: NotFoundPage },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
