import { type CurrentUser, LocaleSchema, UpdateOwnProfileInputSchema } from '@habeas/shared';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n/i18n';
import { isLanguage, LANGUAGES } from '../../i18n/languages';
import { useSession } from '../auth/use-session';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { updateOwnProfile } from './account-api';

/** The user's own display name and interface language (remembered on the account). */
export function ProfileSection({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const { userUpdated } = useSession();
  const locale = LocaleSchema.catch('en').parse(user.locale);
  const form = useZodForm(UpdateOwnProfileInputSchema, { defaultValues: { name: user.name, locale } });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const save = useMutation({ mutationFn: updateOwnProfile });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    const changes = {
      ...(values.name !== undefined && values.name !== user.name ? { name: values.name } : {}),
      ...(values.locale !== undefined && values.locale !== locale ? { locale: values.locale } : {}),
    };
    if (Object.keys(changes).length === 0) {
      notifications.show({ message: t('forms.noChanges') });
      return;
    }
    try {
      const saved = await save.mutateAsync(changes);
      userUpdated(saved);
      form.reset({ name: saved.name, locale: LocaleSchema.catch('en').parse(saved.locale) });
      if (changes.locale && isLanguage(changes.locale)) await changeLanguage(changes.locale);
      notifications.show({
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
        message: t('account.profileSaved'),
      });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <TextInput
          label={t('account.name')}
          description={t('account.nameHint')}
          required
          autoComplete="name"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextInput
          label={t('account.email')}
          value={user.email}
          readOnly
          description={t('account.emailHint')}
        />
        <Controller
          control={form.control}
          name="locale"
          render={({ field, fieldState }) => (
            <Select
              ref={field.ref}
              name={field.name}
              label={t('account.language')}
              description={t('account.languageHint')}
              allowDeselect={false}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? undefined)}
              onBlur={field.onBlur}
              data={LANGUAGES.map((l) => ({ value: l.code, label: l.endonym }))}
              error={fieldState.error?.message}
            />
          )}
        />
        <Group>
          <Button
            type="submit"
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
