import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoadingState } from '../features/common/LoadingState';
import { NotFoundPage } from '../features/common/NotFoundPage';
import { AppLayout } from './AppLayout';
import { RouteErrorBoundary } from './RouteErrorBoundary';

/**
 * Each page is loaded on first visit (its own chunk), so the entry bundle holds only the shell.
 * Add a feature's routes here as `{ path, lazy: () => import(...).then((m) => ({ Component: m.X })) }`.
 */
export const routes: RouteObject[] = [
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
            lazy: () => import('../features/health/HealthPage').then((m) => ({ Component: m.HealthPage })),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
