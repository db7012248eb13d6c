import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FormError } from './server-errors';
import { translateValidationMessage } from './validation-messages';

export interface FormErrorAlertProps {
  error: FormError | null;
  /** Defaults to "Could not save". */
  title?: string;
}

/** A form-level problem (role="alert", so it is announced), with any issue not shown at a field. */
export function FormErrorAlert({ error, title }: FormErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      color="red.9"
      variant="outline"
      title={title ?? t('forms.saveFailed')}
      icon={<IconAlertTriangle aria-hidden />}
    >
      <Text size="sm">{error.message}</Text>
      {error.issues.length > 0 ? (
        <List size="sm" mt="xs">
          {error.issues.map((issue) => (
            <List.Item key={`${issue.path}:${issue.message}`}>
              <Text span ff="monospace" size="sm">
                {issue.path.replace(/^body\./, '')}
              </Text>
              : {translateValidationMessage(issue.message)}
            </List.Item>
          ))}
        </List>
      ) : null}
      {error.requestId ? (
        <Text size="sm" mt="xs">
          {t('common.requestReference', { id: error.requestId })}
        </Text>
      ) : null}
    </Alert>
  );
}
