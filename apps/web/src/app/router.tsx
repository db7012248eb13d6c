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
                      import('../features/dashboard/DashboardPage').then((m) => ({
                        Component: m.DashboardPage,
                      })),
                  },
                  {
                    path: 'system',
                    lazy: () =>
                      import('../features/health/HealthPage').then((m) => ({ Component: m.HealthPage })),
                  },
                  {
                    path: 'search',
                    lazy: () =>
                      import('../features/search/SearchPage').then((m) => ({ Component: m.SearchPage })),
                  },
                  {
                    path: 'audit',
                    lazy: () =>
                      import('../features/audit/AuditListPage').then((m) => ({ Component: m.AuditListPage })),
                  },
                  {
                    path: 'audit/:id',
                    lazy: () =>
                      import('../features/audit/AuditEntryPage').then((m) => ({
                        Component: m.AuditEntryPage,
                      })),
                  },
                  {
                    path: 'users',
                    lazy: () =>
                      import('../features/users/UsersListPage').then((m) => ({ Component: m.UsersListPage })),
                  },
                  {
                    path: 'users/new',
                    lazy: () =>
                      import('../features/users/UserCreatePage').then((m) => ({
                        Component: m.UserCreatePage,
                      })),
                  },
                  {
                    path: 'users/:id',
                    lazy: () =>
                      import('../features/users/UserDetailPage').then((m) => ({
                        Component: m.UserDetailPage,
                      })),
                  },
                  {
                    path: 'account',
                    lazy: () =>
                      import('../features/account/AccountPage').then((m) => ({ Component: m.AccountPage })),
                  },
                  {
                    path: 'reports',
                    lazy: () =>
                      import('../features/reports/ReportsPage').then((m) => ({ Component: m.ReportsPage })),
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
                    path: 'legal-provisions',
                    lazy: () =>
                      import('../features/legal-provisions/LegalProvisionsListPage').then((m) => ({
                        Component: m.LegalProvisionsListPage,
                      })),
                  },
                  {
                    path: 'legal-provisions/new',
                    lazy: () =>
                      import('../features/legal-provisions/LegalProvisionEditPage').then((m) => ({
                        Component: m.LegalProvisionCreatePage,
                      })),
                  },
                  {
                    path: 'legal-provisions/:id',
                    lazy: () =>
                      import('../features/legal-provisions/LegalProvisionDetailPage').then((m) => ({
                        Component: m.LegalProvisionDetailPage,
                      })),
                  },
                  {
                    path: 'legal-provisions/:id/edit',
                    lazy: () =>
                      import('../features/legal-provisions/LegalProvisionEditPage').then((m) => ({
                        Component: m.LegalProvisionEditPage,
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
                  {
                    path: 'cases',
                    lazy: () =>
                      import('../features/cases/CasesListPage').then((m) => ({
                        Component: m.CasesListPage,
                      })),
                  },
                  {
                    path: 'cases/new',
                    lazy: () =>
                      import('../features/cases/CaseEditPage').then((m) => ({
                        Component: m.CaseCreatePage,
                      })),
                  },
                  {
                    path: 'cases/:id',
                    lazy: () =>
                      import('../features/cases/CaseDetailPage').then((m) => ({
                        Component: m.CaseDetailPage,
                      })),
                  },
                  {
                    path: 'cases/:id/edit',
                    lazy: () =>
                      import('../features/cases/CaseEditPage').then((m) => ({
                        Component: m.CaseEditPage,
                      })),
                  },
                  {
                    path: 'appeals',
                    lazy: () =>
                      import('../features/appeals/AppealsListPage').then((m) => ({
                        Component: m.AppealsListPage,
                      })),
                  },
                  {
                    path: 'appeals/deadlines',
                    lazy: () =>
                      import('../features/appeals/DeadlinesPage').then((m) => ({
                        Component: m.DeadlinesPage,
                      })),
                  },
                  {
                    path: 'events',
                    lazy: () =>
                      import('../features/events/EventsListPage').then((m) => ({
                        Component: m.EventsListPage,
                      })),
                  },
                  {
                    path: 'events/new',
                    lazy: () =>
                      import('../features/events/EventEditPage').then((m) => ({
                        Component: m.EventCreatePage,
                      })),
                  },
                  {
                    path: 'events/:id',
                    lazy: () =>
                      import('../features/events/EventDetailPage').then((m) => ({
                        Component: m.EventDetailPage,
                      })),
                  },
                  {
                    path: 'events/:id/edit',
                    lazy: () =>
                      import('../features/events/EventEditPage').then((m) => ({
                        Component: m.EventEditPage,
                      })),
                  },
                  {
                    path: 'sources',
                    lazy: () =>
                      import('../features/sources/SourcesListPage').then((m) => ({
                        Component: m.SourcesListPage,
                      })),
                  },
                  {
                    path: 'sources/new',
                    lazy: () =>
                      import('../features/sources/SourceEditPage').then((m) => ({
                        Component: m.SourceCreatePage,
                      })),
                  },
                  {
                    path: 'sources/:id',
                    lazy: () =>
                      import('../features/sources/SourceDetailPage').then((m) => ({
                        Component: m.SourceDetailPage,
                      })),
                  },
                  {
                    path: 'sources/:id/edit',
                    lazy: () =>
                      import('../features/sources/SourceEditPage').then((m) => ({
                        Component: m.SourceEditPage,
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
