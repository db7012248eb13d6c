import type { ExportJob } from '@habeas/shared';
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useExportLabels } from './use-export-labels';

/** "Exporting… 1,200 of 8,000 rows" with a bar; announced politely to screen readers. */
export function JobProgress({ job, compact = false }: { job: ExportJob; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useExportLabels();
  const percent =
    job.status === 'done'
      ? 100
      : (job.percent ??
        (job.rowsTotal ? Math.min(100, Math.round((job.rowsDone / job.rowsTotal) * 100)) : null));
  const rows =
    job.rowsTotal !== null
      ? t('exports.rowsProgress', { done: format.number(job.rowsDone), total: format.number(job.rowsTotal) })
      : t('exports.rowsSoFar', { done: format.number(job.rowsDone) });
  const running = job.status === 'queued' || job.status === 'running';

  return (
    <Stack gap={4}>
      <Text size={compact ? 'xs' : 'sm'} role={compact ? undefined : 'status'} aria-live="polite">
        {labels.status(job.status)}
        {job.status === 'failed' ? null : ` · ${rows}`}
      </Text>
      {job.status === 'failed' ? null : (
        <Progress
          value={percent ?? 100}
          animated={running}
          striped={running && percent === null}
          size={compact ? 'sm' : 'md'}
          aria-label={t('exports.progressLabel')}
          aria-valuetext={percent === null ? rows : `${percent}% · ${rows}`}
        />
      )}
    </Stack>
  );
}
