import { ChangeOwnPasswordInputSchema } from '@habeas/shared';
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconKey } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { changeOwnPassword } from './account-api';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** A new password, proven by the current one; the user's other sessions end. */
export function PasswordSection() {
  const { t } = useTranslation();
  // The shared schema, plus "type it twice" (a form-only check).
  const schema = useMemo(
    () =>
      ChangeOwnPasswordInputSchema.extend({
        confirmPassword: ChangeOwnPasswordInputSchema.shape.newPassword,
      }).refine((v) => v.newPassword === v.confirmPassword, {
        path: ['confirmPassword'],
        message: t('account.passwordsDiffer'),
      }),
    [t],
  );
  const form = useZodForm(schema, { defaultValues: EMPTY });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const change = useMutation({ mutationFn: changeOwnPassword });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    clearFormError();
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      form.reset(EMPTY);
      notifications.show({
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
        title: t('account.passwordChanged'),
        message: t('account.passwordChangedHint'),
      });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <Text size="sm">{t('account.passwordExplanation')}</Text>
        <PasswordInput
          label={t('account.currentPassword')}
          required
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...form.register('currentPassword')}
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.newPasswordHint')}
          required
          autoComplete="new-password"
          error={errors.newPassword?.message}
          {...form.register('newPassword')}
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          required
          autoComplete="new-password"
          error={errors.confirmPassword?.message}
          {...form.register('confirmPassword')}
        />
        <Group>
          <Button type="submit" loading={change.isPending} leftSection={<IconKey size={18} aria-hidden />}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
