import { CreateSavedSearchInputSchema, ErrorCode, type SearchScope } from '@habeas/shared';
import { Button, Checkbox, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { createSavedSearch, savedSearchKeys } from './saved-searches-api';

export interface SaveSearchModalProps {
  opened: boolean;
  onClose: () => void;
  scope: SearchScope;
  query: string;
  filters: Record<string, string>;
}

/** Names the search in force and saves it, privately or shared with colleagues. */
export function SaveSearchModal({ opened, onClose, scope, query, filters }: SaveSearchModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useZodForm(CreateSavedSearchInputSchema, {
    defaultValues: { name: '', scope, query, filters, shared: false },
  });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const create = useMutation({ mutationFn: createSavedSearch });

  // Each opening saves the search in force now.
  useEffect(() => {
    if (opened) {
      form.reset({ name: '', scope, query, filters, shared: false });
      clearFormError();
    }
  }, [opened, scope, query, filters, form.reset, clearFormError]);

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    try {
      const saved = await create.mutateAsync(values);
      void queryClient.invalidateQueries({ queryKey: savedSearchKeys.all });
      notifications.show({
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
        message: t('savedSearches.saved', { name: saved.name }),
      });
      onClose();
    } catch (error) {
      // A name already used for this list: say so at the name.
      if (isApiError(error) && error.code === ErrorCode.ALREADY_EXISTS) {
        form.setError(
          'name',
          { type: 'server', message: t('savedSearches.nameTaken') },
          { shouldFocus: true },
        );
        return;
      }
      handleError(error);
    }
  });

  const filterNames = Object.entries(filters);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('savedSearches.saveTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={formError} />
          <TextInput
            label={t('savedSearches.name')}
            description={t('savedSearches.nameHint')}
            required
            data-autofocus
            error={form.formState.errors.name?.message}
            {...form.register('name')}
          />
          <Checkbox
            label={t('savedSearches.share')}
            description={t('savedSearches.shareHint')}
            {...form.register('shared')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('savedSearches.willSave')}
            </Text>
            <List size="sm">
              {query ? <List.Item>{t('savedSearches.searchText', { query })}</List.Item> : null}
              {filterNames.map(([key, value]) => (
                <List.Item key={key}>
                  <Text span size="sm" ff="monospace">
                    {key}
                  </Text>
                  {`: ${value}`}
                </List.Item>
              ))}
            </List>
          </Stack>
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
