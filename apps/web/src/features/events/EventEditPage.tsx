import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCan } from '../auth/use-session';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { EventForm } from './EventForm';
import { useEvent } from './events-api';

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notAllowedTitle')} description={t('common.notAllowed')} />
      <Button component={Link} to="/events" variant="outline">
        {t('events.backToList')}
      </Button>
    </>
  );
}

/** /events/new */
export function EventCreatePage() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('create', 'CaseData')) return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('events.new')} />
      <EventForm />
    </>
  );
}

/** /events/:id/edit */
export function EventEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const query = useEvent(id);
  if (!can('update', 'CaseData')) return <NotAllowed />;
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('events.editTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('events.notFound') : t('events.editTitle')} />
        {notFound ? (
          <Button component={Link} to="/events" variant="outline">
            {t('events.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('events.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('events.editNamed', { title: query.data.title })} />
      <EventForm key={query.data.id} record={query.data} />
    </>
  );
}
