import { ErrorCode, LoginInputSchema, type SessionInfo } from '@habeas/shared';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Container,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconArrowLeft, IconLogin, IconShieldLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { describeError } from '../common/describe-error';
import { applyServerErrors } from '../forms/server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { safeNext } from './login-redirect';
import { login } from './session-api';
import { useSession } from './use-session';

// Both steps validate with the shared LoginInputSchema, the one the API checks the request with.
const CredentialsSchema = LoginInputSchema.pick({ email: true, password: true });
const TotpSchema = LoginInputSchema.pick({ totpCode: true }).required();

interface Credentials {
  email: string;
  password: string;
}

/**
 * /login: email and password, then (when the API answers TOTP_REQUIRED) the 6-digit code from an
 * authenticator app. Afterwards, back to `?next=` (a path inside the app) or the start page.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const { status, signedIn } = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle(`${t('auth.signInTitle')} · ${t('app.name')}`);

  if (status === 'authenticated') return <Navigate to={next} replace />;

  return (
    <>
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} size="xl">
            {t('app.name')}
          </Text>
          <LanguageSwitcher />
        </Group>
      </Box>
      <main id="main">
        <Container size={440} py={48}>
          <Paper withBorder p="xl" radius="md">
            <Stack gap="lg">
              <div>
                <Title order={1} size="h2">
                  {credentials ? t('auth.totpTitle') : t('auth.signInTitle')}
                </Title>
                <Text mt={4}>{credentials ? t('auth.totpDescription') : t('app.tagline')}</Text>
              </div>
              {credentials ? (
                <TotpStep
                  credentials={credentials}
                  onSignedIn={signedIn}
                  onBack={(message) => {
                    setEmail(credentials.email);
                    setCredentials(null);
                    setError(message);
                  }}
                />
              ) : (
                <CredentialsStep
                  defaultEmail={email}
                  initialError={error}
                  onSignedIn={signedIn}
                  onTotpRequired={(values) => {
                    setError(null);
                    setCredentials(values);
                  }}
                />
              )}
            </Stack>
          </Paper>
        </Container>
      </main>
    </>
  );
}

function ErrorAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red.9" variant="outline" icon={<IconAlertTriangle aria-hidden />}>
      {message}
    </Alert>
  );
}

function loginErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.code === ErrorCode.UNAUTHENTICATED) return t('auth.wrongCredentials');
    if (error.code === ErrorCode.RATE_LIMITED) return t('auth.rateLimited');
  }
  return describeError(error, t).message;
}

function CredentialsStep({
  defaultEmail,
  initialError,
  onSignedIn,
  onTotpRequired,
}: {
  defaultEmail: string;
  initialError: string | null;
  onSignedIn: (info: SessionInfo) => void;
  onTotpRequired: (credentials: Credentials) => void;
}) {
  const { t } = useTranslation();
  const form = useZodForm(CredentialsSchema, {
    mode: 'onSubmit',
    defaultValues: { email: defaultEmail, password: '' },
  });
  const [error, setError] = useState<string | null>(initialError);
  const mutation = useMutation({ mutationFn: login });
  const { setFocus } = form;

  useEffect(() => {
    setFocus(defaultEmail ? 'password' : 'email');
  }, [setFocus, defaultEmail]);

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      onSignedIn(await mutation.mutateAsync(values));
    } catch (failure) {
      if (isApiError(failure) && failure.code === ErrorCode.TOTP_REQUIRED) {
        onTotpRequired(values);
        return;
      }
      if (applyServerErrors(failure, form).handled) return;
      setError(loginErrorMessage(failure, t));
      if (isApiError(failure) && failure.code === ErrorCode.UNAUTHENTICATED) {
        form.resetField('password');
        setFocus('password');
      }
    }
  });

  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert message={error} />
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          error={errors.email?.message}
          {...form.register('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          error={errors.password?.message}
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          {...form.register('password')}
        />
        <Button type="submit" loading={mutation.isPending} leftSection={<IconLogin size={18} aria-hidden />}>
          {t('auth.signIn')}
        </Button>
      </Stack>
    </form>
  );
}

function TotpStep({
  credentials,
  onSignedIn,
  onBack,
}: {
  credentials: Credentials;
  onSignedIn: (info: SessionInfo) => void;
  /** Back to email and password, with a message when the password no longer works. */
  onBack: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const form = useZodForm(TotpSchema, { mode: 'onSubmit', defaultValues: { totpCode: '' } });
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({ mutationFn: login });
  const { setFocus } = form;

  useEffect(() => {
    setFocus('totpCode');
  }, [setFocus]);

  const submit = form.handleSubmit(async ({ totpCode }) => {
    setError(null);
    try {
      onSignedIn(await mutation.mutateAsync({ ...credentials, totpCode }));
    } catch (failure) {
      if (isApiError(failure) && failure.code === ErrorCode.TOTP_INVALID) {
        form.setError('totpCode', { type: 'server', message: t('auth.totpInvalid') }, { shouldFocus: true });
        return;
      }
      if (isApiError(failure) && failure.code === ErrorCode.UNAUTHENTICATED) {
        onBack(t('auth.wrongCredentials'));
        return;
      }
      setError(loginErrorMessage(failure, t));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert message={error} />
        <Text size="sm">{t('auth.signingInAs', { email: credentials.email })}</Text>
        <TextInput
          label={t('auth.totpCode')}
          description={t('auth.totpHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          leftSection={<IconShieldLock size={16} aria-hidden />}
          error={form.formState.errors.totpCode?.message}
          {...form.register('totpCode', { setValueAs: (v: string) => v.replace(/\s+/g, '') })}
        />
        <Button type="submit" loading={mutation.isPending}>
          {t('auth.verify')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={() => onBack(null)}>
          <Group gap={4} component="span" wrap="nowrap">
            <IconArrowLeft size={14} aria-hidden />
            {t('auth.useAnotherAccount')}
          </Group>
        </Anchor>
      </Stack>
    </form>
  );
}
