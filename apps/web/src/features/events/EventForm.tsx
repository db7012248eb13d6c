import {
  type CreateEventInput,
  EventKindSchema,
  type EventSummary,
  EventSummarySchema,
  type ImpreciseDate,
  type NameVariantInput,
} from '@habeas/shared';
import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/use-session';
import { ConflictDialog, type ConflictField } from '../forms/ConflictDialog';
import { CountryCodeInput } from '../forms/CountryCodeInput';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { changedFields } from '../forms/conflict';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { ImpreciseDateField } from '../forms/ImpreciseDateInput';
import { NameVariantsEditor } from '../forms/NameVariantsEditor';
import { useVersionedSave } from '../forms/use-versioned-save';
import { useZodForm } from '../forms/use-zod-form';
import { EMPTY_EVENT, EventFormSchema, type EventFormValues, eventToInput } from './event-form';
import { createEvent, eventKeys, updateEvent } from './events-api';
import { useEventLabels } from './use-event-labels';

type Changes = Partial<CreateEventInput>;

const emptyToNull = (value: unknown) => (value === '' ? null : value);

/**
 * Create or edit an event: what happened, when (dates may be vague), where, and its other names
 * and spellings in every script, so that Zhanaozen, Janaozen and Жанаозен all find it.
 */
export function EventForm({ record: given }: { record?: EventSummary }) {
  const { t } = useTranslation();
  const [record] = useState(given);
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const labels = useEventLabels();
  const format = useFormatters();
  const base = useMemo<EventFormValues>(() => (record ? eventToInput(record) : EMPTY_EVENT), [record]);
  const form = useZodForm(EventFormSchema, { defaultValues: base });

  const save = useVersionedSave({
    form,
    record,
    schema: EventSummarySchema,
    create: createEvent,
    update: updateEvent,
    changesOf: (read, values): Changes => changedFields(eventToInput(read), values),
    pathOf: (id) => `/events/${id}`,
    messages: { created: t('events.created'), saved: t('events.saved') },
    onSaved: () => void queryClient.invalidateQueries({ queryKey: eventKeys.all }),
    onDiscarded: (id) => void queryClient.invalidateQueries({ queryKey: eventKeys.detail(id) }),
  });

  const { errors } = form.formState;
  const cancelTo = record ? `/events/${record.id}` : '/events';
  const dateField = (v: unknown) => format.impreciseDate(v as ImpreciseDate);
  const conflictFields: ConflictField[] = [
    { key: 'title', label: t('events.fields.title') },
    { key: 'kind', label: t('events.fields.kind'), format: (v) => labels.kind(v as EventSummary['kind']) },
    { key: 'startedOn', label: t('events.fields.startedOn'), format: dateField },
    { key: 'endedOn', label: t('events.fields.endedOn'), format: dateField },
    { key: 'country', label: t('events.fields.country') },
    { key: 'region', label: t('events.fields.region') },
    { key: 'place', label: t('events.fields.place') },
    {
      key: 'confidentiality',
      label: t('confidentiality.label'),
      format: (v) => t(`confidentiality.level.${v as EventSummary['confidentiality']}`),
    },
    {
      key: 'names',
      label: t('events.sections.names'),
      format: (v) => (v as NameVariantInput[]).map((n) => n.value).join(', '),
    },
    { key: 'description', label: t('events.fields.description') },
  ];

  return (
    <>
      <form onSubmit={save.submit} noValidate>
        <Stack gap="lg" maw={880}>
          <FormErrorAlert error={save.formError} />
          <Fieldset legend={t('events.sections.details')}>
            <Stack gap="md">
              <TextInput
                label={t('events.fields.title')}
                description={t('events.fields.titleHint')}
                required
                error={errors.title?.message}
                {...form.register('title')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Controller
                  control={form.control}
                  name="kind"
                  render={({ field, fieldState }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      label={t('events.fields.kind')}
                      required
                      allowDeselect={false}
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value ?? undefined)}
                      onBlur={field.onBlur}
                      data={EventKindSchema.options.map((value) => ({ value, label: labels.kind(value) }))}
                      error={fieldState.error?.message}
                    />
                  )}
                />
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
                <ImpreciseDateField
                  control={form.control}
                  name="startedOn"
                  label={t('events.fields.startedOn')}
                />
                <ImpreciseDateField
                  control={form.control}
                  name="endedOn"
                  label={t('events.fields.endedOn')}
                  description={t('events.fields.endedOnHint')}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <Fieldset legend={t('events.sections.place')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Controller
                control={form.control}
                name="country"
                render={({ field, fieldState }) => (
                  <CountryCodeInput
                    ref={field.ref}
                    name={field.name}
                    label={t('events.fields.country')}
                    value={field.value ?? ''}
                    onChange={(event) => field.onChange(emptyToNull(event.currentTarget.value))}
                    onBlur={field.onBlur}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <TextInput
                label={t('events.fields.region')}
                error={errors.region?.message}
                {...form.register('region', { setValueAs: emptyToNull })}
              />
              <TextInput
                label={t('events.fields.place')}
                description={t('events.fields.placeHint')}
                error={errors.place?.message}
                {...form.register('place', { setValueAs: emptyToNull })}
              />
            </SimpleGrid>
          </Fieldset>
          <NameVariantsEditor
            control={form.control}
            name="names"
            legend={t('events.sections.names')}
            description={t('events.fields.namesHint')}
          />
          <Textarea
            label={t('events.fields.description')}
            autosize
            minRows={3}
            maxRows={14}
            error={errors.description?.message}
            {...form.register('description', { setValueAs: emptyToNull })}
          />
          <Group gap="sm">
            <Button
              type="submit"
              loading={save.pending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {record ? t('common.save') : t('events.create')}
            </Button>
            <Button variant="outline" component={Link} to={cancelTo}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
      {record && save.conflict ? (
        <ConflictDialog
          opened
          onClose={save.closeConflict}
          base={eventToInput(record)}
          current={save.conflict.current ? eventToInput(save.conflict.current) : null}
          changes={save.conflict.changes}
          fields={conflictFields}
          applying={save.applying}
          onApply={save.applyConflict}
          onDiscard={save.discardConflict}
        />
      ) : null}
    </>
  );
}
