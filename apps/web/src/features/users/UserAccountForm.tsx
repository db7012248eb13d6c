import { RoleSchema, UpdateUserInputSchema, type User, UserSchema } from '@habeas/shared';
import { Button, Checkbox, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LANGUAGES } from '../../i18n/languages';
import { useCurrentUser } from '../auth/use-session';
import { ConflictDialog, type ConflictField } from '../forms/ConflictDialog';
import { changedFields, versionConflictOf } from '../forms/conflict';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { updateUser, userKeys } from './users-api';

export const UserAccountFormSchema = UpdateUserInputSchema.omit({ version: true });
type Values = z.input<typeof UserAccountFormSchema>;
type Changes = z.output<typeof UserAccountFormSchema>;

function toValues(user: User): Values {
  return {
    name: user.name,
    role: user.role,
    locale: user.locale,
    active: user.active,
    totpRequired: user.totpRequired,
  };
}

/** Name, role, language, active and "requires two-step verification", saved with the version read. */
export function UserAccountForm({ user: given }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const [user] = useState(given);
  const base = useMemo(() => toValues(user), [user]);
  const form = useZodForm(UserAccountFormSchema, { defaultValues: base });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const [conflict, setConflict] = useState<{ current: User | null; changes: Changes } | null>(null);
  const update = useMutation({
    mutationFn: ({ changes, version }: { changes: Changes; version: number }) =>
      updateUser(user.id, { ...changes, version }),
  });
  const { errors } = form.formState;

  const save = async (changes: Changes, version: number) => {
    try {
      const saved = await update.mutateAsync({ changes, version });
      setConflict(null);
      queryClient.setQueryData(userKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      notifications.show({
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
        message: t('users.saved', { name: saved.name }),
      });
    } catch (error) {
      const versionConflict = versionConflictOf(error, UserSchema);
      if (versionConflict) {
        setConflict({ current: versionConflict.current, changes });
        return;
      }
      setConflict(null);
      handleError(error);
    }
  };

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    const changes = changedFields(
      base as Record<string, unknown>,
      values as Record<string, unknown>,
    ) as Changes;
    if (Object.keys(changes).length === 0) {
      notifications.show({ message: t('forms.noChanges') });
      return;
    }
    await save(changes, user.version);
  });

  const fields: ConflictField[] = [
    { key: 'name', label: t('users.fields.name') },
    { key: 'role', label: t('users.fields.role'), format: (v) => t(`roles.${v as User['role']}`) },
    {
      key: 'locale',
      label: t('users.fields.locale'),
      format: (v) => LANGUAGES.find((l) => l.code === v)?.endonym ?? String(v),
    },
    { key: 'active', label: t('users.fields.active'), format: (v) => (v ? t('common.yes') : t('common.no')) },
    {
      key: 'totpRequired',
      label: t('users.fields.totpRequired'),
      format: (v) => (v ? t('common.yes') : t('common.no')),
    },
  ];

  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={formError} />
          <TextInput
            label={t('users.fields.name')}
            required
            error={errors.name?.message}
            {...form.register('name')}
          />
          <Controller
            control={form.control}
            name="role"
            render={({ field, fieldState }) => (
              <Select
                ref={field.ref}
                name={field.name}
                label={t('users.fields.role')}
                description={t(`users.roleHints.${field.value ?? user.role}`)}
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
          <Controller
            control={form.control}
            name="active"
            render={({ field, fieldState }) => (
              <Switch
                ref={field.ref}
                name={field.name}
                label={t('users.fields.active')}
                description={user.id === me.id ? t('users.activeSelfHint') : t('users.activeHint')}
                checked={field.value ?? false}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
          <Checkbox
            label={t('users.fields.totpRequired')}
            description={t('users.totpRequiredHint')}
            error={errors.totpRequired?.message}
            {...form.register('totpRequired')}
          />
          <Group>
            <Button
              type="submit"
              loading={update.isPending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConflictDialog
        opened={conflict !== null}
        onClose={() => setConflict(null)}
        base={base as Record<string, unknown>}
        current={conflict?.current ? (toValues(conflict.current) as Record<string, unknown>) : null}
        changes={(conflict?.changes ?? {}) as Record<string, unknown>}
        fields={fields}
        applying={update.isPending}
        onApply={() => {
          if (conflict?.current) void save(conflict.changes, conflict.current.version);
        }}
        onDiscard={() => {
          setConflict(null);
          if (conflict?.current) queryClient.setQueryData(userKeys.detail(user.id), conflict.current);
          else void queryClient.invalidateQueries({ queryKey: userKeys.detail(user.id) });
          notifications.show({ message: t('conflict.discarded') });
        }}
      />
    </>
  );
}
