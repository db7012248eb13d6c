import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LoadingStateProps {
  /** Announced to screen readers; defaults to "Loading…". */
  label?: string;
  /** Number of skeleton rows drawn. */
  rows?: number;
}

/** Skeleton rows for sighted readers, one polite announcement for screen readers. */
export function LoadingState({ label, rows = 4 }: LoadingStateProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-live="polite" aria-busy="true">
      <VisuallyHidden>{label ?? t('common.loading')}</VisuallyHidden>
      <Skeleton height={28} width="40%" radius="sm" aria-hidden />
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows never reorder
        <Skeleton key={i} height={18} width={`${90 - i * 10}%`} radius="sm" aria-hidden />
      ))}
    </Stack>
  );
}
