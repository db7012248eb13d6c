import { CreateUserInputSchema, ErrorCode, LocaleSchema, RoleSchema, type User } from '@habeas/shared';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  PasswordInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { LANGUAGES } from '../../i18n/languages';
import { useCan } from '../auth/use-session';
import { PageHeader } from '../common/PageHeader';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { NotAllowed } from './NotAllowed';
import { OneTimePassword } from './OneTimePassword';
import { createUser, generatePassword, userKeys } from './users-api';

type PasswordMode = 'generate' | 'type';

/** `/users/new` (administrators): a new staff account with an initial password, typed or generated. */
export function UserCreatePage() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('create', 'User')) return <NotAllowed title={t('users.new')} />;
  return (
    <>
      <PageHeader title={t('users.new')} description={t('users.newDescription')} />
      <UserCreateForm />
    </>
  );
}

function UserCreateForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<PasswordMode>('generate');
  const [created, setCreated] = useState<{ user: User; password: string } | null>(null);
  const form = useZodForm(CreateUserInputSchema, {
    defaultValues: {
      name: '',
      email: '',
      role: 'researcher',
      locale: LocaleSchema.catch('en').parse(i18n.resolvedLanguage),
      password: generatePassword(),
      totpRequired: false,
    },
  });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const create = useMutation({ mutationFn: createUser });
  const { errors } = form.formState;

  const changeMode = (next: PasswordMode) => {
    setMode(next);
    // A generated password is made now and shown once the account exists; a typed one starts empty.
    form.setValue('password', next === 'generate' ? generatePassword() : '', { shouldValidate: false });
    form.clearErrors('password');
  };

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      const user = await create.mutateAsync(values);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      queryClient.setQueryData(userKeys.detail(user.id), user);
      if (mode === 'generate') {
        setCreated({ user, password: values.password });
        return;
      }
      notifications.show({
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
        message: t('users.created', { name: user.name }),
      });
      void navigate(`/users/${user.id}`);
    } catch (error) {
      if (isApiError(error) && error.code === ErrorCode.ALREADY_EXISTS) {
        form.setError('email', { type: 'server', message: t('users.emailTaken') }, { shouldFocus: true });
        return;
      }
      if (mode === 'generate') setMode('type');
      handleError(error);
    }
  });

  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={720}>
          <FormErrorAlert error={formError} />
          <Fieldset legend={t('users.sections.account')}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('users.fields.name')}
                  required
                  autoComplete="off"
                  error={errors.name?.message}
                  {...form.register('name')}
                />
                <TextInput
                  type="email"
                  label={t('users.fields.email')}
                  required
                  autoComplete="off"
                  error={errors.email?.message}
                  {...form.register('email')}
                />
                <Controller
                  control={form.control}
                  name="role"
                  render={({ field, fieldState }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      label={t('users.fields.role')}
                      description={t(`users.roleHints.${field.value ?? 'researcher'}`)}
                      required
                      allowDeselect={false}
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value ?? undefined)}
                      onBlur={field.onBlur}
                      data={RoleSchema.options.map((value) => ({ value, label: t(`roles.${value}`) }))}
                      error={fieldState.error?.message}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name="locale"
                  render={({ field, fieldState }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      label={t('users.fields.locale')}
                      allowDeselect={false}
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value ?? undefined)}
                      onBlur={field.onBlur}
                      data={LANGUAGES.map((l) => ({ value: l.code, label: l.endonym }))}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              </SimpleGrid>
              <Checkbox
                label={t('users.fields.totpRequired')}
                description={t('users.totpRequiredHint')}
                {...form.register('totpRequired')}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('users.sections.initialPassword')}>
            <Stack gap="md">
              <Radio.Group
                value={mode}
                onChange={(value) => changeMode(value as PasswordMode)}
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
                  label={t('users.fields.password')}
                  description={t('users.passwordHint')}
                  required
                  autoComplete="new-password"
                  error={errors.password?.message}
                  {...form.register('password')}
                />
              ) : null}
            </Stack>
          </Fieldset>
          <Group gap="sm">
            <Button
              type="submit"
              loading={create.isPending}
              leftSection={<IconUserPlus size={18} aria-hidden />}
            >
              {t('users.create')}
            </Button>
            <Button component={Link} to="/users" variant="outline">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal
        opened={created !== null}
        onClose={() => created && void navigate(`/users/${created.user.id}`)}
        title={t('users.createdTitle', { name: created?.user.name ?? '' })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        closeOnClickOutside={false}
        size="lg"
      >
        {created ? (
          <Stack gap="md">
            <OneTimePassword password={created.password} email={created.user.email} />
            <Group justify="flex-end">
              <Button onClick={() => void navigate(`/users/${created.user.id}`)}>{t('users.done')}</Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
