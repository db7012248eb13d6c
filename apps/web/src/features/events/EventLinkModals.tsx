import {
  AddEventCasualtyInputSchema,
  CasualtyKindSchema,
  CountQualifierSchema,
  EventParticipantRoleSchema,
  LinkEventOrganisationInputSchema,
  LinkEventPersonInputSchema,
} from '@habeas/shared';
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Controller, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-session';
import { useNotify } from '../cases/case-actions';
import { pickerKeys, searchOrganisationsOfType, searchPersonOptions } from '../cases/pickers';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { ImpreciseDateField } from '../forms/ImpreciseDateInput';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { searchSourceOptions, sourceKeys } from '../sources/sources-api';
import { useSourceLabels } from '../sources/use-source-labels';
import { addCasualty, eventKeys, linkOrganisation, linkPerson } from './events-api';
import { useEventLabels } from './use-event-labels';

const nullIfEmpty = (v: unknown) => (v === '' ? null : v);

/** The frame every "add to this event" dialog shares: title, form-level error, Cancel / Add. */
function LinkModal<TIn extends FieldValues, TOut>({
  eventId,
  title,
  form,
  submitLabel,
  onClose,
  onSubmit,
  children,
}: {
  eventId: string;
  title: string;
  form: UseFormReturn<TIn, unknown, TOut>;
  submitLabel: string;
  onClose: () => void;
  /** Saves; returns the message telling the user it was saved. */
  onSubmit: (values: TOut) => Promise<string>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const [pending, setPending] = useState(false);
  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    setPending(true);
    try {
      const message = await onSubmit(values);
      void queryClient.invalidateQueries({ queryKey: eventKeys.detail(eventId) });
      notify.success(message);
      onClose();
    } catch (error) {
      handleError(error);
    } finally {
      setPending(false);
    }
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormErrorAlert error={formError} />
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A casualty figure with who reported it: conflicting figures from different sources stand side by side. */
export function CasualtyModal({ eventId, onClose }: { eventId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useEventLabels();
  const sourceLabels = useSourceLabels();
  const user = useCurrentUser();
  const [source, setSource] = useState<EntityOption | null>(null);
  const form = useZodForm(AddEventCasualtyInputSchema, {
    defaultValues: {
      kind: 'killed',
      count: undefined as unknown as number,
      qualifier: 'exact',
      sourceId: null,
      reportedOn: null,
      notes: null,
      confidentiality: 'internal',
    },
  });
  return (
    <LinkModal
      eventId={eventId}
      title={t('events.casualties.addTitle')}
      form={form}
      submitLabel={t('events.casualties.addConfirm')}
      onClose={onClose}
      onSubmit={async (values) => {
        await addCasualty(eventId, values);
        return t('events.casualties.added');
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Controller
          control={form.control}
          name="kind"
          render={({ field, fieldState }) => (
            <Select
              ref={field.ref}
              name={field.name}
              label={t('events.casualties.kind')}
              required
              allowDeselect={false}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? undefined)}
              data={CasualtyKindSchema.options.map((value) => ({ value, label: labels.casualtyKind(value) }))}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="qualifier"
          render={({ field, fieldState }) => (
            <Select
              ref={field.ref}
              name={field.name}
              label={t('events.casualties.qualifier')}
              allowDeselect={false}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? undefined)}
              data={CountQualifierSchema.options.map((value) => ({
                value,
                label: t(`events.qualifierNames.${value}`),
              }))}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="count"
          render={({ field, fieldState }) => (
            <NumberInput
              ref={field.ref}
              name={field.name}
              label={t('events.casualties.count')}
              required
              min={0}
              allowDecimal={false}
              allowNegative={false}
              value={field.value ?? ''}
              onChange={(value) => field.onChange(value === '' ? undefined : Number(value))}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name="sourceId"
        render={({ field, fieldState }) => (
          <EntityPicker
            ref={field.ref}
            name={field.name}
            label={t('events.casualties.source')}
            description={t('events.casualties.sourceHint')}
            value={source}
            onChange={(option) => {
              setSource(option);
              field.onChange(option?.id ?? null);
            }}
            onBlur={field.onBlur}
            queryKey={sourceKeys.picker()}
            search={(q, signal) => searchSourceOptions(q, signal, sourceLabels.summary)}
            error={fieldState.error?.message}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ImpreciseDateField
          control={form.control}
          name="reportedOn"
          label={t('events.casualties.reportedOn')}
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
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
      <Textarea
        label={t('events.casualties.notes')}
        autosize
        minRows={2}
        {...form.register('notes', { setValueAs: nullIfEmpty })}
      />
    </LinkModal>
  );
}

/** A person linked to the event with a role (victim, participant, alleged perpetrator, witness...). */
export function PersonLinkModal({
  eventId,
  exclude,
  onClose,
}: {
  eventId: string;
  exclude: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useEventLabels();
  const user = useCurrentUser();
  const [person, setPerson] = useState<EntityOption | null>(null);
  const form = useZodForm(LinkEventPersonInputSchema, {
    defaultValues: {
      personId: undefined as unknown as string,
      role: 'victim',
      notes: null,
      confidentiality: 'internal',
    },
  });
  const role = form.watch('role');
  return (
    <LinkModal
      eventId={eventId}
      title={t('events.persons.addTitle')}
      form={form}
      submitLabel={t('events.persons.addConfirm')}
      onClose={onClose}
      onSubmit={async (values) => {
        await linkPerson(eventId, values);
        return t('events.persons.added', { name: person?.label ?? '', role: labels.role(values.role) });
      }}
    >
      <Controller
        control={form.control}
        name="personId"
        render={({ field, fieldState }) => (
          <EntityPicker
            ref={field.ref}
            name={field.name}
            label={t('events.persons.person')}
            withAsterisk
            value={person}
            onChange={(option) => {
              setPerson(option);
              field.onChange(option?.id ?? undefined);
            }}
            onBlur={field.onBlur}
            queryKey={pickerKeys.persons}
            search={searchPersonOptions}
            exclude={exclude}
            error={fieldState.error?.message}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Controller
          control={form.control}
          name="role"
          render={({ field, fieldState }) => (
            <Select
              ref={field.ref}
              name={field.name}
              label={t('events.persons.role')}
              required
              allowDeselect={false}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? undefined)}
              data={EventParticipantRoleSchema.options.map((value) => ({ value, label: labels.role(value) }))}
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
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
      {role === 'witness' ? <Text size="sm">{t('events.persons.witnessHint')}</Text> : null}
      <Textarea
        label={t('events.persons.notes')}
        autosize
        minRows={2}
        {...form.register('notes', { setValueAs: nullIfEmpty })}
      />
    </LinkModal>
  );
}

/** An organisation linked to the event with a role (organiser, alleged perpetrator...). */
export function OrganisationLinkModal({
  eventId,
  exclude,
  onClose,
}: {
  eventId: string;
  exclude: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useEventLabels();
  const [organisation, setOrganisation] = useState<EntityOption | null>(null);
  const form = useZodForm(LinkEventOrganisationInputSchema, {
    defaultValues: { organisationId: undefined as unknown as string, role: 'participant', notes: null },
  });
  return (
    <LinkModal
      eventId={eventId}
      title={t('events.organisations.addTitle')}
      form={form}
      submitLabel={t('events.organisations.addConfirm')}
      onClose={onClose}
      onSubmit={async (values) => {
        await linkOrganisation(eventId, values);
        return t('events.organisations.added', {
          name: organisation?.label ?? '',
          role: labels.role(values.role),
        });
      }}
    >
      <Controller
        control={form.control}
        name="organisationId"
        render={({ field, fieldState }) => (
          <EntityPicker
            ref={field.ref}
            name={field.name}
            label={t('events.organisations.organisation')}
            withAsterisk
            value={organisation}
            onChange={(option) => {
              setOrganisation(option);
              field.onChange(option?.id ?? undefined);
            }}
            onBlur={field.onBlur}
            queryKey={pickerKeys.organisations()}
            search={(q, signal) => searchOrganisationsOfType(q, signal)}
            exclude={exclude}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="role"
        render={({ field, fieldState }) => (
          <Select
            ref={field.ref}
            name={field.name}
            label={t('events.organisations.role')}
            required
            allowDeselect={false}
            value={field.value ?? null}
            onChange={(value) => field.onChange(value ?? undefined)}
            data={EventParticipantRoleSchema.options.map((value) => ({ value, label: labels.role(value) }))}
            error={fieldState.error?.message}
          />
        )}
      />
      <Textarea
        label={t('events.organisations.notes')}
        autosize
        minRows={2}
        {...form.register('notes', { setValueAs: nullIfEmpty })}
      />
    </LinkModal>
  );
}
