import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCan } from '../auth/use-session';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { CaseForm } from './CaseForm';
import { useCase } from './cases-api';

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notAllowedTitle')} description={t('common.notAllowed')} />
      <Button component={Link} to="/cases" variant="outline">
        {t('cases.backToList')}
      </Button>
    </>
  );
}

/** /cases/new */
export function CaseCreatePage() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('create', 'CaseData')) return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('cases.new')} description={t('cases.newHint')} />
      <CaseForm />
    </>
  );
}

/** /cases/:id/edit */
export function CaseEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const query = useCase(id);
  if (!can('update', 'CaseData')) return <NotAllowed />;
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('cases.editTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('cases.notFound') : t('cases.editTitle')} />
        {notFound ? (
          <Button component={Link} to="/cases" variant="outline">
            {t('cases.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('cases.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('cases.editNamed', { name: query.data.title })} />
      <CaseForm key={query.data.id} record={query.data} />
    </>
  );
}
