import { AddCaseUpdateInputSchema, type CaseUpdate, type CaseUpdateKind } from '@habeas/shared';
import {
  ActionIcon,
  Button,
  Group,
  Kbd,
  List,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDeviceFloppy, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { type Control, Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/use-session';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { ImpreciseDateField } from '../forms/ImpreciseDateInput';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { CASE_UPDATE_KIND_ICONS, useCaseUpdateKinds } from '../timeline/kinds';
import { timelineKeys } from '../timeline/timeline-api';
import { addCaseUpdate, caseUpdateKeys, type NewCaseUpdate, searchSourceOptions } from './case-updates-api';

type FormValues = z.input<typeof AddCaseUpdateInputSchema>;

export interface AddCaseUpdateTarget {
  /** The person the update is about (fixed when added from a person page). */
  personId?: string | undefined;
  /** The case the update is about (fixed when added from a case page). */
  caseId?: string | undefined;
  /** Who or what it is about, for the dialog's title ("Vladimir Kozlov"). */
  subjectLabel?: string | undefined;
  /** From a person page: their cases, so the update can also be filed under one of them. */
  caseOptions?: readonly EntityOption[] | undefined;
  /** From a case page: its people, so the update can also be about one of them. */
  personOptions?: readonly EntityOption[] | undefined;
  /** After the update was saved (timelines are refreshed already). */
  onAdded?: ((update: CaseUpdate) => void) | undefined;
}

export interface AddCaseUpdateModalProps extends AddCaseUpdateTarget {
  opened: boolean;
  onClose: () => void;
}

/**
 * The form staff use most: a dated fact about a person and/or a case. The date is typed as it is
 * known ("12.2011", "2011", "16.12.2011"); Ctrl+Enter saves from any field; focus stays inside the
 * dialog and returns to the button that opened it.
 */
export function AddCaseUpdateModal({ opened, onClose, ...target }: AddCaseUpdateModalProps) {
  const { t } = useTranslation();
  const title = target.subjectLabel
    ? t('caseUpdates.titleAbout', { subject: target.subjectLabel })
    : t('caseUpdates.title');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted only while open: every opening starts from an empty form. */}
      {opened ? <AddCaseUpdateForm {...target} onDone={onClose} /> : null}
    </Modal>
  );
}

function AddCaseUpdateForm({
  personId,
  caseId,
  caseOptions,
  personOptions,
  onAdded,
  onDone,
}: AddCaseUpdateTarget & { onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const user = useCurrentUser();
  const kinds = useCaseUpdateKinds();
  const queryClient = useQueryClient();
  const [sources, setSources] = useState<EntityOption[]>([]);
  const form = useZodForm(AddCaseUpdateInputSchema, {
    defaultValues: {
      personId: personId ?? null,
      caseId: caseId ?? null,
      // No date and no kind until given: the shared schema then says they are required.
      factOn: null as unknown as FormValues['factOn'],
      kind: undefined as unknown as CaseUpdateKind,
      title: null,
      body: '',
      sourceIds: [],
      confidentiality: 'internal',
    },
  });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const add = useMutation({ mutationFn: addCaseUpdate });

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    const input: NewCaseUpdate = {
      personId: values.personId ?? null,
      caseId: values.caseId ?? null,
      ...(values.factOn ? { factOn: values.factOn } : {}),
      kind: values.kind,
      title: values.title ?? null,
      body: values.body,
      sourceIds: values.sourceIds ?? [],
      confidentiality: values.confidentiality ?? 'internal',
    };
    try {
      const update = await add.mutateAsync(input);
      void queryClient.invalidateQueries({ queryKey: timelineKeys.all });
      void queryClient.invalidateQueries({ queryKey: caseUpdateKeys.all });
      notifications.show({
        message: t('caseUpdates.added', { date: format.impreciseDate(update.factOn) }),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
      onAdded?.(update);
      onDone();
    } catch (error) {
      handleError(error);
    }
  });

  const setSourceIds = (next: EntityOption[]) => {
    setSources(next);
    form.setValue(
      'sourceIds',
      next.map((s) => s.id),
      { shouldDirty: true },
    );
  };
  const { errors } = form.formState;

  return (
    <form
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <ImpreciseDateField
            control={form.control as unknown as Control<FormValues>}
            name="factOn"
            label={t('caseUpdates.fields.factOn')}
            required
            data-autofocus
          />
          <Controller
            control={form.control}
            name="kind"
            render={({ field, fieldState }) => {
              const Icon = field.value ? CASE_UPDATE_KIND_ICONS[field.value] : null;
              return (
                <Select
                  ref={field.ref}
                  name={field.name}
                  label={t('caseUpdates.fields.kind')}
                  required
                  searchable
                  allowDeselect={false}
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value ?? undefined)}
                  onBlur={field.onBlur}
                  data={kinds.options}
                  leftSection={Icon ? <Icon size={16} aria-hidden /> : null}
                  renderOption={({ option }) => {
                    const OptionIcon = CASE_UPDATE_KIND_ICONS[option.value as CaseUpdateKind];
                    return (
                      <Group gap="xs" wrap="nowrap">
                        <OptionIcon size={16} aria-hidden />
                        <span>{option.label}</span>
                      </Group>
                    );
                  }}
                  error={fieldState.error?.message}
                />
              );
            }}
          />
        </SimpleGrid>
        {caseOptions && caseOptions.length > 0 && !caseId ? (
          <Controller
            control={form.control}
            name="caseId"
            render={({ field }) => (
              <Select
                ref={field.ref}
                name={field.name}
                label={t('caseUpdates.fields.case')}
                description={t('caseUpdates.fields.caseHint')}
                placeholder={t('caseUpdates.fields.noCase')}
                clearable
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? null)}
                data={caseOptions.map((c) => ({ value: c.id, label: c.label }))}
                error={errors.caseId?.message}
              />
            )}
          />
        ) : null}
        {personOptions && personOptions.length > 0 && !personId ? (
          <Controller
            control={form.control}
            name="personId"
            render={({ field }) => (
              <Select
                ref={field.ref}
                name={field.name}
                label={t('caseUpdates.fields.person')}
                description={t('caseUpdates.fields.personHint')}
                placeholder={t('caseUpdates.fields.noPerson')}
                clearable
                searchable
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? null)}
                data={personOptions.map((p) => ({ value: p.id, label: p.label }))}
                error={errors.personId?.message}
              />
            )}
          />
        ) : null}
        <TextInput
          label={t('caseUpdates.fields.title')}
          description={t('caseUpdates.fields.titleHint')}
          error={errors.title?.message}
          {...form.register('title', { setValueAs: (v: unknown) => (v === '' ? null : v) })}
        />
        <Textarea
          label={t('caseUpdates.fields.body')}
          required
          autosize
          minRows={4}
          maxRows={14}
          error={errors.body?.message}
          {...form.register('body')}
        />
        <Stack gap={6}>
          <EntityPicker
            label={t('caseUpdates.fields.sources')}
            description={t('caseUpdates.fields.sourcesHint')}
            value={null}
            onChange={(option) => {
              if (option && !sources.some((s) => s.id === option.id)) setSourceIds([...sources, option]);
            }}
            queryKey={caseUpdateKeys.sourcePicker}
            search={(q, signal) =>
              searchSourceOptions(q, signal, (s) =>
                [
                  t(`timeline.sourceKinds.${s.kind}`),
                  s.publishedOn ? format.impreciseDate(s.publishedOn) : null,
                  s.grade,
                ]
                  .filter(Boolean)
                  .join(' · '),
              )
            }
            exclude={sources.map((s) => s.id)}
            error={errors.sourceIds?.message}
          />
          {sources.length > 0 ? (
            <List size="sm" spacing={4} aria-label={t('caseUpdates.chosenSources')}>
              {sources.map((s) => (
                <List.Item key={s.id}>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{s.label}</Text>
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      size="sm"
                      aria-label={t('caseUpdates.removeSource', { name: s.label })}
                      onClick={() => setSourceIds(sources.filter((x) => x.id !== s.id))}
                    >
                      <IconX size={14} aria-hidden />
                    </ActionIcon>
                  </Group>
                </List.Item>
              ))}
            </List>
          ) : null}
        </Stack>
        <Controller
          control={form.control}
          name="confidentiality"
          render={({ field, fieldState }) => (
            <ConfidentialitySelect
              ref={field.ref}
              name={field.name}
              role={user.role}
              value={field.value ?? null}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="xs">
            <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> {t('caseUpdates.shortcut')}
          </Text>
          <Group gap="sm">
            <Button variant="outline" onClick={onDone}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={add.isPending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {t('caseUpdates.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
