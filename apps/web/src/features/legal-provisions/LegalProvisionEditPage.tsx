import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useCan } from '../auth/use-session';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { LegalProvisionForm } from './LegalProvisionForm';
import { useLegalProvision } from './legal-provisions-api';

function NotAllowed() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('common.notAllowedTitle')} description={t('common.notAllowed')} />
      <Button component={Link} to="/legal-provisions" variant="outline">
        {t('legalProvisions.backToList')}
      </Button>
    </>
  );
}

/** /legal-provisions/new */
export function LegalProvisionCreatePage() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('create', 'Catalogue')) return <NotAllowed />;
  return (
    <>
      <PageHeader title={t('legalProvisions.new')} />
      <LegalProvisionForm />
    </>
  );
}

/** /legal-provisions/:id/edit */
export function LegalProvisionEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const allowed = can('update', 'Catalogue');
  const query = useLegalProvision(id);
  if (!allowed) return <NotAllowed />;
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('legalProvisions.editTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('legalProvisions.notFound') : t('legalProvisions.editTitle')} />
        {notFound ? (
          <Button component={Link} to="/legal-provisions" variant="outline">
            {t('legalProvisions.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('legalProvisions.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('legalProvisions.editNamed', { name: query.data.label })} />
      <LegalProvisionForm key={query.data.id} record={query.data} />
    </>
  );
}
