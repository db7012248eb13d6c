import { Button, Center, Container, Loader, Stack, Text, Title } from '@mantine/core';
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

/**
 * An administrator requires two-step verification and this user has not set it up: the API
 * refuses everything but enrolment until then. The enrolment page comes with its endpoints.
 */
export function TotpEnrolmentRequired({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('auth.enrolTitle')} · ${t('app.name')}`);
  return (
    <main>
      <Container size="sm" py="xl">
        <Stack gap="md" align="flex-start">
          <Title order={1} size="h2">
            {t('auth.enrolTitle')}
          </Title>
          <Text>{t('auth.enrolExplanation')}</Text>
          <Button variant="outline" onClick={onSignOut}>
            {t('auth.logOut')}
          </Button>
        </Stack>
      </Container>
    </main>
  );
}
