import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCan } from '../auth/use-session';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { PersonForm } from './PersonForm';
import { usePerson } from './persons-api';

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notAllowedTitle')} description={t('common.notAllowed')} />
      <Button component={Link} to="/persons" variant="outline">
        {t('persons.backToList')}
      </Button>
    </>
  );
}

/** /persons/new */
export function PersonCreatePage() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('create', 'CaseData')) return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('persons.new')} description={t('persons.newHint')} />
      <PersonForm />
    </>
  );
}

/** /persons/:id/edit */
export function PersonEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const query = usePerson(id);
  if (!can('update', 'CaseData')) return <NotAllowed />;
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('persons.editTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('persons.notFound') : t('persons.editTitle')} />
        {notFound ? (
          <Button component={Link} to="/persons" variant="outline">
            {t('persons.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('persons.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('persons.editNamed', { name: query.data.displayName })} />
      <PersonForm key={query.data.id} record={query.data} />
    </>
  );
}
