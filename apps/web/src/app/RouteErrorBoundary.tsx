import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorState } from '../features/common/ErrorState';
import { NotFoundPage } from '../features/common/NotFoundPage';
import { PageHeader } from '../features/common/PageHeader';

/** Shown inside the shell when a page throws or its code cannot be loaded. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageHeader title={t('routeError.title')} description={t('routeError.description')} />
      <ErrorState error={error} onRetry={() => window.location.reload()} />
    </>
  );
}
