import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../common/ErrorState';
import { jobDownloadUrl, useExportJob } from './exports-api';
import { JobProgress } from './JobProgress';
import { useExportLabels } from './use-export-labels';

export interface ExportJobModalProps {
  /** The job to follow; null closes the window. */
  jobId: string | null;
  onClose: () => void;
}

/**
 * A background export: rows done of the total while it runs (polling the job), then the download
 * link. Closing it does not stop the export: it stays under Reports, "My exports".
 */
export function ExportJobModal({ jobId, onClose }: ExportJobModalProps) {
  const { t } = useTranslation();
  const labels = useExportLabels();
  const query = useExportJob(jobId);
  const job = query.data;
  const finished = job?.status === 'done' || job?.status === 'failed';

  return (
    <Modal
      opened={jobId !== null}
      onClose={onClose}
      title={job ? t('exports.jobTitleKind', { kind: labels.kind(job.kind) }) : t('exports.jobTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        {query.isError && !job ? (
          <ErrorState
            title={t('exports.jobLoadError')}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : null}
        {!job && !query.isError ? (
          <>
            <Text role="status">{t('exports.preparing')}</Text>
            <Progress value={100} animated striped aria-label={t('exports.progressLabel')} />
          </>
        ) : null}
        {job ? <JobProgress job={job} /> : null}
        {job?.status === 'done' ? (
          <Alert color="habeas" variant="light" icon={<IconCircleCheck aria-hidden />}>
            {t('exports.jobDone')}
          </Alert>
        ) : null}
        {job?.status === 'failed' ? (
          <Alert color="red.9" variant="outline" icon={<IconAlertTriangle aria-hidden />}>
            <Stack gap={4}>
              <Text size="sm">{t('exports.jobFailed')}</Text>
              {job.error ? <Text size="sm">{job.error}</Text> : null}
            </Stack>
          </Alert>
        ) : null}
        {job && !finished ? <Text size="sm">{t('exports.backgroundHint')}</Text> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="outline" onClick={onClose}>
            {finished ? t('common.close') : t('exports.keepRunning')}
          </Button>
          {job?.status === 'done' ? (
            <Button
              component="a"
              href={jobDownloadUrl(job)}
              download
              leftSection={<IconDownload size={18} aria-hidden />}
            >
              {t('exports.download')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
