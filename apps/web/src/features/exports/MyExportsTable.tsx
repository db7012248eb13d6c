import { Anchor, Badge, Button, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDownload, IconFileExport, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { jobDownloadUrl, useMyExportJobs } from './exports-api';
import { JobProgress } from './JobProgress';
import { useExportLabels } from './use-export-labels';

const STATUS_COLORS = { queued: 'gray.8', running: 'blue.9', done: 'habeas', failed: 'red.9' } as const;

/**
 * "My exports": the user's background exports, newest first, with their progress (polled while
 * any runs) and a download link once done.
 */
export function MyExportsTable({ headingId }: { headingId?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useExportLabels();
  const query = useMyExportJobs();

  if (query.isPending) {
    return (
      <Stack gap="xs" aria-busy="true">
        <VisuallyHidden role="status">{t('common.loading')}</VisuallyHidden>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={22} aria-hidden />
        ))}
      </Stack>
    );
  }
  if (query.isError) {
    return (
      <ErrorState
        title={t('exports.loadJobsError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const jobs = query.data.items;
  if (jobs.length === 0) {
    return (
      <EmptyState
        icon={<IconFileExport size={30} stroke={1.5} />}
        title={t('exports.myExportsEmpty')}
        description={t('exports.myExportsEmptyHint')}
      />
    );
  }
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={() => void query.refetch()}
          loading={query.isFetching}
        >
          {t('exports.refresh')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('exports.columns.kind')}</Table.Th>
              <Table.Th scope="col">{t('exports.columns.format')}</Table.Th>
              <Table.Th scope="col">{t('exports.columns.created')}</Table.Th>
              <Table.Th scope="col" w="35%">
                {t('exports.columns.progress')}
              </Table.Th>
              <Table.Th scope="col">{t('exports.columns.file')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {jobs.map((job) => (
              <Table.Tr key={job.id}>
                <Table.Th scope="row" fw={600}>
                  {labels.kind(job.kind)}
                </Table.Th>
                <Table.Td>{labels.format(job.format)}</Table.Td>
                <Table.Td>{format.dateTime(new Date(job.createdAt))}</Table.Td>
                <Table.Td>
                  {job.status === 'done' || job.status === 'failed' ? (
                    <Stack gap={2}>
                      <Badge variant="outline" color={STATUS_COLORS[job.status]}>
                        {labels.status(job.status)}
                      </Badge>
                      {job.status === 'done' ? (
                        <Text size="xs">
                          {t('exports.rowsTotal', { total: format.number(job.rowsTotal ?? job.rowsDone) })}
                        </Text>
                      ) : job.error ? (
                        <Text size="xs">{job.error}</Text>
                      ) : null}
                    </Stack>
                  ) : (
                    <JobProgress job={job} compact />
                  )}
                </Table.Td>
                <Table.Td>
                  {job.status === 'done' ? (
                    <Anchor href={jobDownloadUrl(job)} download>
                      <Group gap={4} wrap="nowrap" component="span">
                        <IconDownload size={16} aria-hidden />
                        {t('exports.download')}
                        <VisuallyHidden>
                          {` ${labels.kind(job.kind)}, ${labels.format(job.format)}, ${format.dateTime(new Date(job.createdAt))}`}
                        </VisuallyHidden>
                      </Group>
                    </Anchor>
                  ) : (
                    <Text size="sm">{t('common.none')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
