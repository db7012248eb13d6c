import { Button, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../auth/use-session';
import { ErrorState } from '../common/ErrorState';
import { PageHeader } from '../common/PageHeader';
import { LazyDetentionChart as DetentionChart } from '../reports/LazyDetentionChart';
import { useStatistics } from '../reports/statistics-api';
import { DeadlinesPanel } from './DeadlinesPanel';
import { Panel } from './Panel';
import { RecentUpdatesPanel } from './RecentUpdatesPanel';
import { StatusCards } from './StatusCards';

/**
 * `/`: where things stand: persons by current status, deadlines and hearings of the next two
 * weeks (missed ones first, in red and marked "Overdue"), the latest case updates, and how many
 * people were in detention month by month.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useCan();
  const statistics = useStatistics();

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={
          statistics.data
            ? t('dashboard.asOf', {
                date: format.impreciseDate({ value: statistics.data.asOf, precision: 'day' }),
              })
            : t('dashboard.description')
        }
        actions={
          can('read', 'Statistics') ? (
            <Button
              component={Link}
              to="/reports"
              variant="outline"
              leftSection={<IconChartBar size={18} aria-hidden />}
            >
              {t('dashboard.openReports')}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <section aria-labelledby="dashboard-status">
          <Title order={2} size="h4" id="dashboard-status" mb="sm">
            {t('dashboard.byStatus')}
          </Title>
          {statistics.isError && !statistics.data ? (
            <ErrorState
              title={t('dashboard.statisticsError')}
              error={statistics.error}
              onRetry={() => void statistics.refetch()}
              retrying={statistics.isFetching}
            />
          ) : (
            <StatusCards statistics={statistics.data} />
          )}
        </section>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <DeadlinesPanel />
          <RecentUpdatesPanel />
        </SimpleGrid>
        <Panel id="dashboard-detention" title={t('dashboard.detentionOverTime')}>
          {statistics.data ? (
            <DetentionChart monthly={statistics.data.monthly} />
          ) : statistics.isError ? (
            <ErrorState
              title={t('dashboard.statisticsError')}
              error={statistics.error}
              onRetry={() => void statistics.refetch()}
            />
          ) : (
            <Stack gap="xs" aria-hidden>
              <Skeleton height={16} width="70%" />
              <Skeleton height={220} />
            </Stack>
          )}
        </Panel>
      </Stack>
    </>
  );
}
