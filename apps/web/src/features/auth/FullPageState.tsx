import { Center, Container, Loader, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../common/ErrorState';

/** While the session is being checked at start: nothing of the app is shown yet. */
export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <main>
      <Center mih="100vh">
        <Stack align="center" gap="sm" role="status" aria-live="polite">
          <Loader aria-hidden />
          <Text>{t('auth.checkingSession')}</Text>
        </Stack>
      </Center>
    </main>
  );
}

/** The session could not be checked (server down, network): say so and offer to try again. */
export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.sessionCheckFailed')} · ${t('app.name')}`);
  return (
    <main>
      <Container size="sm" py="xl">
        <ErrorState title={t('auth.sessionCheckFailed')} error={error} onRetry={onRetry} />
      </Container>
    </main>
  );
}
