import { type CurrentUser, ErrorCode, TotpCodeInputSchema, type TotpSetup } from '@habeas/shared';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  List,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconShieldCheck, IconShieldLock, IconShieldOff } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useSession } from '../auth/use-session';
import { describeError } from '../common/describe-error';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { disableTotp, enableTotp, setupTotp } from './account-api';

/** "JBSWY3DPEHPK3PXP" -> "JBSW Y3DP EHPK 3PXP": easier to type into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

function CopyValue({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <CopyButton value={value} timeout={2_000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? t('account.copied') : label} withArrow>
          <ActionIcon variant="outline" onClick={copy} aria-label={copied ? t('account.copied') : label}>
            {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

/** The 6-digit code field of enabling and disabling, checked by the shared schema. */
function CodeForm({
  label,
  submitLabel,
  onCode,
  danger = false,
}: {
  label: string;
  submitLabel: string;
  onCode: (code: string) => Promise<void>;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const form = useZodForm(TotpCodeInputSchema, { mode: 'onSubmit', defaultValues: { code: '' } });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const [busy, setBusy] = useState(false);
  const submit = form.handleSubmit(async ({ code }) => {
    clearFormError();
    setBusy(true);
    try {
      await onCode(code);
    } catch (error) {
      if (isApiError(error) && (error.code === ErrorCode.TOTP_INVALID || error.statusCode === 400)) {
        form.setError('code', { type: 'server', message: t('account.totpCodeWrong') }, { shouldFocus: true });
      } else {
        handleError(error);
      }
    } finally {
      setBusy(false);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert error={formError} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={label}
            description={t('account.totpCodeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            w={220}
            leftSection={<IconShieldLock size={16} aria-hidden />}
            error={form.formState.errors.code?.message}
            {...form.register('code', { setValueAs: (v: string) => v.replace(/\s+/g, '') })}
          />
          <Button type="submit" loading={busy} color={danger ? 'red.9' : undefined} mt={{ base: 0, sm: 46 }}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Two-step verification: set it up (the secret to type in, or the otpauth link an authenticator app
 * opens), turn it on with a first code, or off with a current one (unless an administrator requires it).
 */
export function TotpSection({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const { userUpdated } = useSession();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const start = useMutation({
    mutationFn: setupTotp,
    onSuccess: setSetup,
    onError: (error) =>
      notifications.show({
        color: 'red.9',
        title: t('account.totpSetupFailed'),
        message: describeError(error, t).message,
      }),
  });

  const done = (saved: CurrentUser, message: string) => {
    userUpdated(saved);
    setSetup(null);
    notifications.show({ color: 'habeas', icon: <IconCheck size={18} aria-hidden />, message });
  };

  if (user.totpEnabled) {
    return (
      <Stack gap="md">
        <Group gap="xs">
          <Badge color="habeas" variant="light" leftSection={<IconShieldCheck size={12} aria-hidden />}>
            {t('account.totpOn')}
          </Badge>
        </Group>
        <Text size="sm">{t('account.totpOnExplanation')}</Text>
        {user.totpRequired ? (
          <Text size="sm">{t('account.totpRequiredByAdmin')}</Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('account.totpDisableTitle')}
            </Text>
            <CodeForm
              label={t('account.totpCurrentCode')}
              submitLabel={t('account.totpDisable')}
              danger
              onCode={async (code) => done(await disableTotp(code), t('account.totpDisabled'))}
            />
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color="gray.8" variant="light" leftSection={<IconShieldOff size={12} aria-hidden />}>
          {t('account.totpOff')}
        </Badge>
      </Group>
      {user.totpRequired ? (
        <Alert color="orange.9" variant="outline" icon={<IconShieldLock aria-hidden />}>
          {t('account.totpRequiredNotice')}
        </Alert>
      ) : (
        <Text size="sm">{t('account.totpOffExplanation')}</Text>
      )}
      {setup ? (
        <Stack gap="sm">
          <List type="ordered" size="sm" spacing="xs">
            <List.Item>{t('account.totpStep1')}</List.Item>
            <List.Item>
              <Stack gap={6}>
                <Text size="sm">{t('account.totpStep2')}</Text>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {t('account.totpSecret')}
                  </Text>
                  <Code fz="md" style={{ userSelect: 'all', overflowWrap: 'anywhere' }}>
                    {groupSecret(setup.secret)}
                  </Code>
                  <CopyValue value={setup.secret} label={t('account.copySecret')} />
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <Anchor href={setup.otpauthUri} size="sm">
                    {t('account.openInApp')}
                  </Anchor>
                  <CopyValue value={setup.otpauthUri} label={t('account.copyUri')} />
                </Group>
                <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                  {t('account.totpUri')}: <Code fz="xs">{setup.otpauthUri}</Code>
                </Text>
              </Stack>
            </List.Item>
            <List.Item>{t('account.totpStep3')}</List.Item>
          </List>
          <CodeForm
            label={t('account.totpFirstCode')}
            submitLabel={t('account.totpEnable')}
            onCode={async (code) => done(await enableTotp(code), t('account.totpEnabled'))}
          />
          <Group>
            <Button variant="subtle" onClick={() => setSetup(null)}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group>
          <Button
            leftSection={<IconShieldLock size={18} aria-hidden />}
            onClick={() => start.mutate()}
            loading={start.isPending}
          >
            {t('account.totpSetUp')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
