import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error';

export interface ErrorStateProps {
  /** What failed ("Could not load the system status"); defaults to "Error". */
  title?: string;
  error?: unknown;
  /** Shows a Retry button when given. */
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorState({ title, error, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation();
  const { message, requestId } = describeError(error, t);
  return (
    <Alert
      color="red.9"
      variant="outline"
      title={title ?? t('common.error')}
      icon={<IconAlertTriangle aria-hidden />}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {requestId ? <Text size="sm">{t('common.requestReference', { id: requestId })}</Text> : null}
        {onRetry ? (
          <Button leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRetry} loading={retrying}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
