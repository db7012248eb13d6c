import { CaseStageSchema, type CreateCaseInput, type LegalCase, LegalCaseSchema } from '@habeas/shared';
import {
  Button,
  CloseButton,
  Fieldset,
  Group,
  Pill,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/use-session';
import { eventKeys, searchEventOptions } from '../events/events-api';
import { useEventLabels } from '../events/use-event-labels';
import { ConflictDialog, type ConflictField } from '../forms/ConflictDialog';
import { CountryCodeInput } from '../forms/CountryCodeInput';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { changedFields } from '../forms/conflict';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { ImpreciseDateField } from '../forms/ImpreciseDateInput';
import { useVersionedSave } from '../forms/use-versioned-save';
import { useZodForm } from '../forms/use-zod-form';
import { CaseFormSchema, type CaseFormValues, caseToInput, EMPTY_CASE } from './case-form';
import { caseKeys, createCase, updateCase } from './cases-api';
import { pickerKeys, searchOrganisationsOfType } from './pickers';
import { useCaseLabels } from './use-case-labels';

type Changes = Partial<CreateCaseInput>;

const emptyToNull = (value: unknown) => (value === '' ? null : value);

export interface CaseFormProps {
  /** The case to edit; without it the form opens a new one. */
  record?: LegalCase;
}

/**
 * Create or edit a case. Validates with the shared CreateCaseInputSchema, shows the API's 400
 * issues at their fields, sends only the changed fields with the version it read, and on 409
 * shows their version beside the user's changes.
 */
export function CaseForm({ record: given }: CaseFormProps) {
  const { t } = useTranslation();
  const [record] = useState(given);
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const labels = useCaseLabels();
  const eventLabels = useEventLabels();
  const base = useMemo<CaseFormValues>(() => (record ? caseToInput(record) : EMPTY_CASE), [record]);
  const form = useZodForm(CaseFormSchema, { defaultValues: base });
  const [court, setCourt] = useState<EntityOption | null>(
    record?.court ? { id: record.court.id, label: record.court.name } : null,
  );
  const [events, setEvents] = useState<EntityOption[]>([]);

  const save = useVersionedSave({
    form,
    record,
    schema: LegalCaseSchema,
    create: createCase,
    update: updateCase,
    // Linked events are only chosen when creating: an update does not send them.
    changesOf: (read, { eventIds: _ignored, ...rest }): Changes => changedFields(caseToInput(read), rest),
    pathOf: (id) => `/cases/${id}`,
    messages: { created: t('cases.created'), saved: t('cases.saved') },
    onSaved: () => void queryClient.invalidateQueries({ queryKey: caseKeys.all }),
    onDiscarded: (id) => void queryClient.invalidateQueries({ queryKey: caseKeys.detail(id) }),
  });

  const { errors } = form.formState;
  const cancelTo = record ? `/cases/${record.id}` : '/cases';

  return (
    <>
      <form onSubmit={save.submit} noValidate>
        <Stack gap="lg" maw={880}>
          <FormErrorAlert error={save.formError} />
          <Fieldset legend={t('cases.sections.details')}>
            <Stack gap="md">
              <TextInput
                label={t('cases.fields.title')}
                description={t('cases.fields.titleHint')}
                required
                error={errors.title?.message}
                {...form.register('title')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('cases.fields.caseNumber')}
                  description={t('cases.fields.caseNumberHint')}
                  error={errors.caseNumber?.message}
                  {...form.register('caseNumber', { setValueAs: emptyToNull })}
                />
                <Controller
                  control={form.control}
                  name="stage"
                  render={({ field, fieldState }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      label={t('cases.fields.stage')}
                      required
                      allowDeselect={false}
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value ?? undefined)}
                      onBlur={field.onBlur}
                      data={CaseStageSchema.options.map((value) => ({ value, label: labels.stage(value) }))}
                      error={fieldState.error?.message}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name="country"
                  render={({ field, fieldState }) => (
                    <CountryCodeInput
                      ref={field.ref}
                      name={field.name}
                      label={t('cases.fields.country')}
                      value={field.value ?? ''}
                      onChange={(event) => field.onChange(emptyToNull(event.currentTarget.value))}
                      onBlur={field.onBlur}
                      error={fieldState.error?.message}
                    />
                  )}
                />
                <TextInput
                  label={t('cases.fields.region')}
                  error={errors.region?.message}
                  {...form.register('region', { setValueAs: emptyToNull })}
                />
                <Controller
                  control={form.control}
                  name="courtId"
                  render={({ field, fieldState }) => (
                    <EntityPicker
                      ref={field.ref}
                      name={field.name}
                      label={t('cases.fields.court')}
                      description={t('cases.fields.courtHint')}
                      value={court}
                      onChange={(option) => {
                        setCourt(option);
                        field.onChange(option?.id ?? null);
                      }}
                      onBlur={field.onBlur}
                      queryKey={pickerKeys.organisations('court')}
                      search={(q, signal) => searchOrganisationsOfType(q, signal, 'court')}
                      error={fieldState.error?.message}
                    />
                  )}
                />
                <ImpreciseDateField
                  control={form.control}
                  name="openedOn"
                  label={t('cases.fields.openedOn')}
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
              </SimpleGrid>
            </Stack>
          </Fieldset>
          {record ? null : (
            <Controller
              control={form.control}
              name="eventIds"
              render={({ field, fieldState }) => (
                <Fieldset legend={t('cases.sections.events')}>
                  <Stack gap="sm">
                    <EntityPicker
                      ref={field.ref}
                      name={field.name}
                      label={t('cases.fields.addEvent')}
                      description={t('cases.fields.eventsHint')}
                      value={null}
                      onChange={(option) => {
                        if (!option || events.some((e) => e.id === option.id)) return;
                        const next = [...events, option];
                        setEvents(next);
                        field.onChange(next.map((e) => e.id));
                      }}
                      queryKey={eventKeys.picker()}
                      search={(q, signal) => searchEventOptions(q, signal, eventLabels.summary)}
                      exclude={events.map((e) => e.id)}
                      error={fieldState.error?.message}
                    />
                    {events.length > 0 ? (
                      <Group gap="xs" role="list" aria-label={t('cases.sections.events')}>
                        {events.map((e) => (
                          <Pill key={e.id} role="listitem" size="md">
                            <Group gap={4} wrap="nowrap">
                              {e.label}
                              <CloseButton
                                size="xs"
                                aria-label={t('cases.removeEventNamed', { name: e.label })}
                                onClick={() => {
                                  const next = events.filter((x) => x.id !== e.id);
                                  setEvents(next);
                                  field.onChange(next.map((x) => x.id));
                                }}
                              />
                            </Group>
                          </Pill>
                        ))}
                      </Group>
                    ) : null}
                  </Stack>
                </Fieldset>
              )}
            />
          )}
          <Textarea
            label={t('cases.fields.summary')}
            autosize
            minRows={3}
            maxRows={14}
            error={errors.summary?.message}
            {...form.register('summary', { setValueAs: emptyToNull })}
          />
          <Group gap="sm">
            <Button
              type="submit"
              loading={save.pending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {record ? t('common.save') : t('cases.create')}
            </Button>
            <Button variant="outline" component={Link} to={cancelTo}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
      {record && save.conflict ? (
        <CaseConflictDialog
          record={record}
          current={save.conflict.current}
          changes={save.conflict.changes}
          court={court}
          applying={save.applying}
          onClose={save.closeConflict}
          onApply={save.applyConflict}
          onDiscard={save.discardConflict}
        />
      ) : null}
    </>
  );
}

function CaseConflictDialog({
  record,
  current,
  changes,
  court,
  applying,
  onClose,
  onApply,
  onDiscard,
}: {
  record: LegalCase;
  current: LegalCase | null;
  changes: Changes;
  court: EntityOption | null;
  applying: boolean;
  onClose: () => void;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormatters();
  const courtNames = new Map<string, string>();
  for (const c of [record.court, current?.court]) if (c) courtNames.set(c.id, c.name);
  if (court) courtNames.set(court.id, court.label);
  const fields: ConflictField[] = [
    { key: 'title', label: t('cases.fields.title') },
    { key: 'caseNumber', label: t('cases.fields.caseNumber') },
    { key: 'stage', label: t('cases.fields.stage'), format: (v) => labels.stage(v as LegalCase['stage']) },
    { key: 'country', label: t('cases.fields.country') },
    { key: 'region', label: t('cases.fields.region') },
    {
      key: 'courtId',
      label: t('cases.fields.court'),
      format: (v) => courtNames.get(v as string) ?? String(v),
    },
    {
      key: 'openedOn',
      label: t('cases.fields.openedOn'),
      format: (v) => format.impreciseDate(v as NonNullable<LegalCase['openedOn']>),
    },
    {
      key: 'confidentiality',
      label: t('confidentiality.label'),
      format: (v) => t(`confidentiality.level.${v as LegalCase['confidentiality']}`),
    },
    { key: 'summary', label: t('cases.fields.summary') },
  ];
  return (
    <ConflictDialog
      opened
      onClose={onClose}
      base={caseToInput(record)}
      current={current ? caseToInput(current) : null}
      changes={changes}
      fields={fields}
      onApply={onApply}
      onDiscard={onDiscard}
      applying={applying}
    />
  );
}
