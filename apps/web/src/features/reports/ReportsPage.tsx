import { LIST_EXPORT_KINDS, type StatisticsQuery, StatisticsQuerySchema } from '@habeas/shared';
import { Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../auth/use-session';
import { describeError } from '../common/describe-error';
import { ErrorState } from '../common/ErrorState';
import { PageHeader } from '../common/PageHeader';
import { ExportMenu } from '../exports/ExportMenu';
import { MyExportsTable } from '../exports/MyExportsTable';
import { useExportLabels } from '../exports/use-export-labels';
import { CountTable } from './CountTable';
import { LazyDetentionChart as DetentionChart } from './LazyDetentionChart';
import { ReportFilters } from './ReportFilters';
import { downloadStatisticsReport, useStatistics } from './statistics-api';
import { monthDate, useStatisticsLabels } from './use-statistics-labels';

const FILTER_NAMES = ['from', 'to', 'region', 'category', 'legalProvisionId'] as const;

/** The statistics filters in the URL (`?from=2011-12&region=Mangystau`); invalid ones are dropped. */
function queryFrom(params: URLSearchParams): StatisticsQuery {
  const raw = Object.fromEntries(
    FILTER_NAMES.flatMap((name) => {
      const value = params.get(name)?.trim();
      return value ? [[name, value]] : [];
    }),
  );
  const parsed = StatisticsQuerySchema.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/**
 * `/reports`: statistics tables (current status, region, provision and category, sentence lengths,
 * arrests and releases per month) for a period and filters, the report as XLSX or PDF, the list
 * exports, and the user's background exports.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useStatisticsLabels();
  const exportLabels = useExportLabels();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is the state
  const query = useMemo(() => queryFrom(params), [paramsKey]);
  const statistics = useStatistics(query);
  const [downloading, setDownloading] = useState<'xlsx' | 'pdf' | null>(null);
  const data = statistics.data;

  const apply = (next: StatisticsQuery) => {
    const updated = new URLSearchParams(params);
    for (const name of FILTER_NAMES) {
      const value = next[name];
      if (value) updated.set(name, value);
      else updated.delete(name);
    }
    setParams(updated);
  };

  const download = async (kind: 'xlsx' | 'pdf') => {
    setDownloading(kind);
    try {
      await downloadStatisticsReport(kind, query);
    } catch (error) {
      notifications.show({
        color: 'red.9',
        title: t('reports.downloadFailed'),
        message: describeError(error, t).message,
      });
    } finally {
      setDownloading(null);
    }
  };

  const exportFilters = {
    region: query.region,
    category: query.category,
    legalProvisionId: query.legalProvisionId,
  };

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        description={t('reports.description')}
        actions={
          can('export', 'Statistics') ? (
            <>
              <Button
                variant="outline"
                leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                loading={downloading === 'xlsx'}
                disabled={downloading !== null}
                onClick={() => void download('xlsx')}
              >
                {t('reports.downloadXlsx')}
              </Button>
              <Button
                variant="outline"
                leftSection={<IconFileTypePdf size={18} aria-hidden />}
                loading={downloading === 'pdf'}
                disabled={downloading !== null}
                onClick={() => void download('pdf')}
              >
                {t('reports.downloadPdf')}
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="xl">
        <Card withBorder padding="md" component="section" aria-labelledby="reports-filters">
          <Title order={2} size="h4" id="reports-filters" mb="sm">
            {t('reports.filters')}
          </Title>
          <ReportFilters query={query} onApply={apply} provisions={data?.byProvision ?? []} />
        </Card>

        <section aria-labelledby="reports-statistics">
          <Title order={2} size="h4" id="reports-statistics" mb="xs">
            {t('reports.statistics')}
          </Title>
          {statistics.isError && !data ? (
            <ErrorState
              title={t('reports.loadError')}
              error={statistics.error}
              onRetry={() => void statistics.refetch()}
              retrying={statistics.isFetching}
            />
          ) : !data ? (
            <Stack gap="sm" role="status" aria-busy="true">
              <Text size="sm">{t('common.loading')}</Text>
              <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md" aria-hidden>
                {[0, 1, 2, 3, 4, 5].map((i) => (
                  <Skeleton key={i} height={180} radius="sm" />
                ))}
              </SimpleGrid>
            </Stack>
          ) : (
            <Stack gap="md" style={{ opacity: statistics.isPlaceholderData ? 0.6 : 1 }}>
              <Text size="sm">
                {t('reports.summary', {
                  persons: format.number(data.persons),
                  asOf: format.impreciseDate({ value: data.asOf, precision: 'day' }),
                  from: format.impreciseDate(monthDate(data.from)),
                  to: format.impreciseDate(monthDate(data.to)),
                })}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
                <CountTable
                  id="reports-by-status"
                  title={t('reports.byStatus')}
                  countLabel={t('reports.persons')}
                  rows={data.byStatus}
                  label={labels.status}
                  total={data.persons}
                />
                <CountTable
                  id="reports-by-region"
                  title={t('reports.byRegion')}
                  countLabel={t('reports.persons')}
                  rows={data.byRegion}
                  label={labels.region}
                  total={data.persons}
                />
                <CountTable
                  id="reports-by-category"
                  title={t('reports.byCategory')}
                  countLabel={t('reports.personsCharged')}
                  rows={data.byCategory}
                  label={labels.category}
                />
                <CountTable
                  id="reports-by-provision"
                  title={t('reports.byProvision')}
                  countLabel={t('reports.personsCharged')}
                  rows={data.byProvision}
                  label={(row) => row.label}
                />
                <CountTable
                  id="reports-sentence-bands"
                  title={t('reports.sentenceBands')}
                  countLabel={t('reports.sentences')}
                  rows={data.sentenceBands}
                  label={labels.band}
                  note={t('reports.sentenceBandsNote')}
                />
              </SimpleGrid>
              <Card withBorder padding="md" component="section" aria-labelledby="reports-monthly">
                <Title order={3} size="h5" id="reports-monthly" mb="xs">
                  {t('reports.monthly')}
                </Title>
                <DetentionChart monthly={data.monthly} withFlows tableOpen height={300} />
                {data.arrestsWithYearOnly > 0 || data.releasesWithYearOnly > 0 ? (
                  <Text size="xs" mt="xs">
                    {t('reports.yearOnly', {
                      arrests: format.number(data.arrestsWithYearOnly),
                      releases: format.number(data.releasesWithYearOnly),
                    })}
                  </Text>
                ) : null}
              </Card>
            </Stack>
          )}
        </section>

        {can('export', 'CaseData') ? (
          <section aria-labelledby="reports-exports">
            <Title order={2} size="h4" id="reports-exports" mb="xs">
              {t('reports.listExports')}
            </Title>
            <Text size="sm" mb="sm">
              {t('reports.listExportsHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {LIST_EXPORT_KINDS.map((kind) => (
                <Card key={kind} withBorder padding="md">
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={600}>{exportLabels.kind(kind)}</Text>
                    <ExportMenu
                      kind={kind}
                      filters={exportFilters}
                      label={t('reports.exportKind', { kind: exportLabels.kind(kind) })}
                    />
                  </Group>
                </Card>
              ))}
            </SimpleGrid>
          </section>
        ) : null}

        {can('read', 'Export') ? (
          <section aria-labelledby="reports-my-exports">
            <Title order={2} size="h4" id="reports-my-exports" mb="xs">
              {t('reports.myExports')}
            </Title>
            <MyExportsTable headingId="reports-my-exports" />
          </section>
        ) : null}
      </Stack>
    </>
  );
}
