import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCan } from '../auth/use-session';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { OrganisationForm } from './OrganisationForm';
import { useOrganisation } from './organisations-api';

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notAllowedTitle')} description={t('common.notAllowed')} />
      <Button component={Link} to="/organisations" variant="outline">
        {t('organisations.backToList')}
      </Button>
    </>
  );
}

/** /organisations/new */
export function OrganisationCreatePage() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('create', 'CaseData')) return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('organisations.new')} />
      <OrganisationForm />
    </>
  );
}

/** /organisations/:id/edit */
export function OrganisationEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const query = useOrganisation(id);
  if (!can('update', 'CaseData')) return <NotAllowed />;
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('organisations.editTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('organisations.notFound') : t('organisations.editTitle')} />
        {notFound ? null : (
          <ErrorState
            title={t('organisations.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('organisations.editNamed', { name: query.data.name })} />
      <OrganisationForm key={query.data.id} record={query.data} />
    </>
  );
}
