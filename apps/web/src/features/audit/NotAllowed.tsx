import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../common/PageHeader';

/** A page the user's role may not open: says so and leads back to the start page. */
export function NotAllowed({ title }: { title?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title ?? t('common.notAllowedTitle')} description={t('common.notAllowed')} />
      <Button component={Link} to="/" variant="outline">
        {t('common.backHome')}
      </Button>
    </>
  );
}
