import { ErrorCode, ResetUserPasswordInputSchema, type User } from '@habeas/shared';
import { Button, Group, Modal, PasswordInput, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconKey, IconShieldOff, IconUserOff } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useCan, useCurrentUser } from '../auth/use-session';
import { describeError } from '../common/describe-error';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { OneTimePassword } from './OneTimePassword';
import { deactivateUser, resetUserPassword, resetUserTotp, userKeys } from './users-api';

type Dialog = 'password' | 'totp' | 'deactivate' | null;

/** Reset password (typed, or generated and shown once), reset two-step verification, deactivate. */
export function UserSecurityActions({ user }: { user: User }) {
  const { t } = useTranslation();
  const can = useCan();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const allowed = can('update', 'User');

  const updated = (saved: User, message: string) => {
    queryClient.setQueryData(userKeys.detail(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: userKeys.sessions(saved.id) });
    notifications.show({ color: 'habeas', icon: <IconCheck size={18} aria-hidden />, message });
  };
  const failed = (error: unknown) => {
    if (isApiError(error) && error.code === ErrorCode.VERSION_CONFLICT) {
      void queryClient.invalidateQueries({ queryKey: userKeys.detail(user.id) });
    }
    notifications.show({
      color: 'red.9',
      title: t('users.actionFailed'),
      message: describeError(error, t).message,
    });
  };

  const totp = useMutation({
    mutationFn: () => resetUserTotp(user.id),
    onSuccess: (saved) => {
      setDialog(null);
      updated(saved, t('users.totpReset', { name: saved.name }));
    },
    onError: (error) => {
      setDialog(null);
      failed(error);
    },
  });
  const deactivate = useMutation({
    mutationFn: () => deactivateUser(user.id, user.version),
    onSuccess: (saved) => {
      setDialog(null);
      updated(saved, t('users.deactivated', { name: saved.name }));
    },
    onError: (error) => {
      setDialog(null);
      failed(error);
    },
  });

  if (!allowed) return <Text size="sm">{t('common.notAllowed')}</Text>;

  return (
    <Stack gap="md">
      <Stack gap={4} align="flex-start">
        <Button
          variant="outline"
          leftSection={<IconKey size={18} aria-hidden />}
          onClick={() => setDialog('password')}
        >
          {t('users.resetPassword')}
        </Button>
        <Text size="xs">{t('users.resetPasswordHint')}</Text>
      </Stack>
      <Stack gap={4} align="flex-start">
        <Text size="sm">
          {user.totpEnabled
            ? t('users.totpStateOn')
            : user.totpRequired
              ? t('users.totpStateRequired')
              : t('users.totpStateOff')}
        </Text>
        {user.totpEnabled ? (
          <Button
            variant="outline"
            leftSection={<IconShieldOff size={18} aria-hidden />}
            onClick={() => setDialog('totp')}
          >
            {t('users.resetTotp')}
          </Button>
        ) : null}
      </Stack>
      {user.active && user.id !== me.id ? (
        <Stack gap={4} align="flex-start">
          <Button
            variant="outline"
            color="red.9"
            leftSection={<IconUserOff size={18} aria-hidden />}
            onClick={() => setDialog('deactivate')}
          >
            {t('users.deactivate')}
          </Button>
          <Text size="xs">{t('users.deactivateHint')}</Text>
        </Stack>
      ) : null}

      <ResetPasswordModal
        user={user}
        opened={dialog === 'password'}
        onClose={() => setDialog(null)}
        onDone={updated}
      />
      <ConfirmModal
        opened={dialog === 'totp'}
        title={t('users.resetTotpTitle')}
        text={t('users.resetTotpConfirm', { name: user.name })}
        confirm={t('users.resetTotp')}
        loading={totp.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() => totp.mutate()}
      />
      <ConfirmModal
        opened={dialog === 'deactivate'}
        title={t('users.deactivateTitle')}
        text={t('users.deactivateConfirm', { name: user.name })}
        confirm={t('users.deactivate')}
        danger
        loading={deactivate.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() => deactivate.mutate()}
      />
    </Stack>
  );
}

function ConfirmModal({
  opened,
  title,
  text,
  confirm,
  danger = false,
  loading,
  onCancel,
  onConfirm,
}: {
  opened: boolean;
  title: string;
  text: string;
  confirm: string;
  danger?: boolean;
  loading: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{text}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="outline" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button color={danger ? 'red.9' : undefined} loading={loading} onClick={onConfirm}>
            {confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ResetPasswordModal({
  user,
  opened,
  onClose,
  onDone,
}: {
  user: User;
  opened: boolean;
  onClose: () => void;
  onDone: (saved: User, message: string) => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'generate' | 'type'>('generate');
  const [generated, setGenerated] = useState<string | null>(null);
  const form = useZodForm(ResetUserPasswordInputSchema, { defaultValues: { password: '' } });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const reset = useMutation({ mutationFn: (password?: string) => resetUserPassword(user.id, password) });

  const close = () => {
    setGenerated(null);
    setMode('generate');
    form.reset({ password: '' });
    clearFormError();
    onClose();
  };

  const run = async (password: string | undefined) => {
    clearFormError();
    try {
      const result = await reset.mutateAsync(password);
      onDone(result.user, t('users.passwordReset', { name: result.user.name }));
      if (result.generatedPassword) setGenerated(result.generatedPassword);
      else close();
    } catch (error) {
      handleError(error);
    }
  };

  // Generated: nothing to validate (the API makes the password). Typed: the shared schema first.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (mode === 'generate') {
      event.preventDefault();
      void run(undefined);
      return;
    }
    void form.handleSubmit((values) => run(values.password))(event);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('users.resetPasswordTitle', { name: user.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      closeOnClickOutside={generated === null}
      size="lg"
    >
      {generated ? (
        <Stack gap="md">
          <OneTimePassword password={generated} email={user.email} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('users.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormErrorAlert error={formError} />
            <Text size="sm">{t('users.resetPasswordExplanation')}</Text>
            <Radio.Group
              value={mode}
              onChange={(value) => setMode(value as 'generate' | 'type')}
              label={t('users.passwordMode')}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  value="generate"
                  label={t('users.generatePassword')}
                  description={t('users.generatePasswordHint')}
                />
                <Radio value="type" label={t('users.typePassword')} />
              </Stack>
            </Radio.Group>
            {mode === 'type' ? (
              <PasswordInput
                label={t('users.fields.newPassword')}
                description={t('users.passwordHint')}
                required
                autoComplete="new-password"
                error={form.formState.errors.password?.message}
                {...form.register('password')}
              />
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="outline" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={reset.isPending} leftSection={<IconKey size={18} aria-hidden />}>
                {t('users.resetPassword')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
