import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCan } from '../auth/use-session';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { SourceForm } from './SourceForm';
import { useSource } from './sources-api';

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notAllowedTitle')} description={t('common.notAllowed')} />
      <Button component={Link} to="/sources" variant="outline">
        {t('sources.backToList')}
      </Button>
    </>
  );
}

/** /sources/new */
export function SourceCreatePage() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('create', 'CaseData')) return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('sources.new')} />
      <SourceForm />
    </>
  );
}

/** /sources/:id/edit */
export function SourceEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const query = useSource(id);
  if (!can('update', 'CaseData')) return <NotAllowed />;
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('sources.editTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('sources.notFound') : t('sources.editTitle')} />
        {notFound ? (
          <Button component={Link} to="/sources" variant="outline">
            {t('sources.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('sources.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('sources.editNamed', { title: query.data.title })} />
      <SourceForm key={query.data.id} record={query.data} />
    </>
  );
}
