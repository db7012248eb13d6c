import { ErrorCode, TotpCodeInputSchema } from '@habeas/shared';
import {
  Alert,
  Anchor,
  Button,
  Code,
  Container,
  CopyButton,
  Group,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconCopy, IconShieldLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { describeError } from '../common/describe-error';
import { applyServerErrors } from '../forms/server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { enableTotp, sessionQueryKey, setupTotp } from './session-api';
import { useSession } from './use-session';

/** "JBSWY3DPEHPK3PXP" -> "JBSW Y3DP EHPK 3PXP": easier to type into a phone. */
function groupsOfFour(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * An administrator requires two-step verification and this user has none yet: the API refuses
 * everything but enrolment (403 TOTP_REQUIRED). Set it up here: a key for the authenticator app,
 * then a code from the app to prove it works. The session then continues as usual.
 */
export function TotpEnrolmentPage() {
  const { t } = useTranslation();
  const { signOut, userUpdated } = useSession();
  const queryClient = useQueryClient();
  useDocumentTitle(`${t('auth.enrolTitle')} · ${t('app.name')}`);
  const setup = useMutation({ mutationFn: setupTotp });
  const enable = useMutation({ mutationFn: enableTotp });
  const form = useZodForm(TotpCodeInputSchema, { mode: 'onSubmit', defaultValues: { code: '' } });
  const [error, setError] = useState<string | null>(null);
  const { setFocus } = form;

  useEffect(() => {
    if (setup.data) setFocus('code');
  }, [setup.data, setFocus]);

  const submit = form.handleSubmit(async ({ code }) => {
    setError(null);
    try {
      const user = await enable.mutateAsync(code);
      notifications.show({
        message: t('auth.enrolDone'),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
      userUpdated(user);
    } catch (failure) {
      if (isApiError(failure) && failure.code === ErrorCode.ALREADY_EXISTS) {
        // Turned on meanwhile (another tab): read the session again.
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
        return;
      }
      if (applyServerErrors(failure, form).handled) return;
      setError(
        isApiError(failure) && failure.code === ErrorCode.RATE_LIMITED
          ? t('auth.rateLimited')
          : describeError(failure, t).message,
      );
    }
  });

  return (
    <main>
      <Container size={560} py={48}>
        <Paper withBorder p="xl" radius="md">
          <Stack gap="md">
            <Title order={1} size="h2">
              {t('auth.enrolTitle')}
            </Title>
            <Text>{t('auth.enrolExplanation')}</Text>
            {error ? (
              <Alert color="red.9" variant="outline" icon={<IconAlertTriangle aria-hidden />}>
                {error}
              </Alert>
            ) : null}
            {setup.isError ? (
              <Alert color="red.9" variant="outline" icon={<IconAlertTriangle aria-hidden />}>
                {describeError(setup.error, t).message}
              </Alert>
            ) : null}
            {setup.data ? (
              <form onSubmit={submit} noValidate>
                <Stack gap="md">
                  <List type="ordered" spacing="xs">
                    <List.Item>{t('auth.enrolStepAdd')}</List.Item>
                    <List.Item>{t('auth.enrolStepCode')}</List.Item>
                  </List>
                  <div>
                    <Text fw={600} id="totp-secret-label">
                      {t('auth.enrolSecret')}
                    </Text>
                    <Group gap="sm" wrap="wrap">
                      <Code fz="lg" aria-labelledby="totp-secret-label">
                        {groupsOfFour(setup.data.secret)}
                      </Code>
                      <CopyButton value={setup.data.secret}>
                        {({ copied, copy }) => (
                          <Button
                            variant="subtle"
                            size="xs"
                            onClick={copy}
                            leftSection={
                              copied ? (
                                <IconCheck size={14} aria-hidden />
                              ) : (
                                <IconCopy size={14} aria-hidden />
                              )
                            }
                          >
                            {copied ? t('auth.copied') : t('auth.copySecret')}
                          </Button>
                        )}
                      </CopyButton>
                    </Group>
                    <Anchor href={setup.data.otpauthUri} size="sm">
                      {t('auth.enrolOpenApp')}
                    </Anchor>
                  </div>
                  <TextInput
                    label={t('auth.totpCode')}
                    description={t('auth.totpHint')}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={7}
                    required
                    leftSection={<IconShieldLock size={16} aria-hidden />}
                    error={form.formState.errors.code?.message}
                    {...form.register('code', { setValueAs: (v: string) => v.replace(/\s+/g, '') })}
                  />
                  <Button type="submit" loading={enable.isPending}>
                    {t('auth.enrolConfirm')}
                  </Button>
                </Stack>
              </form>
            ) : (
              <Button
                onClick={() => setup.mutate()}
                loading={setup.isPending}
                leftSection={<IconShieldLock size={18} aria-hidden />}
              >
                {t('auth.enrolStart')}
              </Button>
            )}
            <Group>
              <Button variant="outline" onClick={() => void signOut().catch(() => undefined)}>
                {t('auth.logOut')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Container>
    </main>
  );
}
