import { Button, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { ErrorState, LoadingState, PageHeader } from '../common';
import { HealthDetails } from './HealthDetails';
import { useHealth } from './health-api';

/** "System status": whether the API and its database work (GET /api/health). */
export function HealthPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const health = useHealth();
  const refresh = () => {
    void health.refetch();
  };

  return (
    <>
      <PageHeader
        title={t('health.title')}
        description={t('health.description')}
        actions={
          health.data ? (
            <Button
              variant="outline"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={refresh}
              loading={health.isFetching}
            >
              {t('health.refresh')}
            </Button>
          ) : null
        }
      />
      {health.isPending ? <LoadingState rows={6} /> : null}
      {health.isError ? (
        <ErrorState
          title={t('health.loadError')}
          error={health.error}
          onRetry={refresh}
          retrying={health.isFetching}
        />
      ) : null}
      {health.data ? (
        <>
          <HealthDetails health={health.data} />
          <Text size="sm" mt="md">
            {t('health.checkedAt', { time: format.time(health.dataUpdatedAt) })}
          </Text>
        </>
      ) : null}
    </>
  );
}
