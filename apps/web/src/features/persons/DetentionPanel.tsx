import {
  type CreateDetentionPeriodInput,
  CreateDetentionPeriodInputSchema,
  DetentionKindSchema,
  type DetentionPeriod,
  type PersonDetail,
  visibleLevels,
} from '@habeas/shared';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconCheck,
  IconDeviceFloppy,
  IconEdit,
  IconFence,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { useCan, useCurrentUser } from '../auth/use-session';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { EmptyState } from '../common/EmptyState';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { changedFields } from '../forms/conflict';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useZodForm } from '../forms/use-zod-form';
import { organisationKeys, searchOrganisationOptions } from '../organisations/organisations-api';
import { useOrganisationLabels } from '../organisations/use-organisation-labels';
import { DateField } from './DateField';
import { SectionHeading } from './parts';
import { addDetentionPeriod, deleteDetentionPeriod, personKeys, updateDetentionPeriod } from './persons-api';
import { usePersonLabels } from './use-person-labels';
import { useSubRecordFailure, useSubRecordSave } from './use-sub-record-save';

type FormValues = z.input<typeof CreateDetentionPeriodInputSchema>;

const emptyToNull = (value: unknown) => (value === '' ? null : value);

function detentionToInput(d: DetentionPeriod): CreateDetentionPeriodInput {
  return {
    facilityId: d.facility?.id ?? null,
    caseId: d.case?.id ?? null,
    kind: d.kind,
    startedOn: d.startedOn,
    endedOn: d.endedOn,
    conditions: d.conditions,
    illTreatmentAlleged: d.illTreatmentAlleged,
    // Only when the reader may see it: otherwise the form neither shows nor sends it.
    ...(d.illTreatmentNotes !== undefined ? { illTreatmentNotes: d.illTreatmentNotes } : {}),
    confidentiality: d.confidentiality,
  };
}

function facilityName(d: DetentionPeriod, unknown: string) {
  return d.facility?.name ?? unknown;
}

/** The Detention tab: each stretch of deprivation of liberty, newest first; transfers are consecutive periods. */
export function DetentionPanel({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const labels = usePersonLabels();
  const can = useCan();
  const queryClient = useQueryClient();
  const failed = useSubRecordFailure(person.id);
  const [editing, setEditing] = useState<DetentionPeriod | 'new' | null>(null);
  const [deleting, setDeleting] = useState<DetentionPeriod | null>(null);
  const live = person.deletedAt === null;
  // Adding needs the right to change the person itself (the API checks the same).
  const canCreate = live && can('create', 'CaseData') && person.canEdit;
  const canUpdate = live && can('update', 'CaseData');
  const canDelete = live && can('delete', 'CaseData');
  const periods = [...person.detentionPeriods].sort((a, b) =>
    (b.startedOn?.value ?? '9999').localeCompare(a.startedOn?.value ?? '9999'),
  );
  const unknownFacility = t('persons.detention.unknownFacility');

  const remove = useMutation({
    mutationFn: (d: DetentionPeriod) => deleteDetentionPeriod(d.id, d.version),
    onSuccess: () => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: personKeys.detail(person.id) });
      notifications.show({
        message: t('persons.detention.deleted'),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
    },
    onError: (error) => {
      setDeleting(null);
      failed(error);
    },
  });

  const addButton = canCreate ? (
    <Button
      variant="outline"
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={() => setEditing('new')}
    >
      {t('persons.detention.add')}
    </Button>
  ) : null;

  return (
    <section aria-labelledby="person-detention">
      <SectionHeading id="person-detention" title={t('persons.sections.detention')} actions={addButton} />
      {periods.length === 0 ? (
        <EmptyState
          icon={<IconFence size={30} stroke={1.5} />}
          title={t('persons.detention.empty')}
          description={t('persons.detention.emptyHint')}
        />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('persons.detention.facility')}</Table.Th>
                <Table.Th scope="col">{t('persons.detention.kind')}</Table.Th>
                <Table.Th scope="col">{t('persons.detention.period')}</Table.Th>
                <Table.Th scope="col">{t('persons.detention.conditions')}</Table.Th>
                <Table.Th scope="col">{t('persons.detention.illTreatment')}</Table.Th>
                <Table.Th scope="col">{t('persons.detention.case')}</Table.Th>
                {canUpdate || canDelete ? <Table.Th scope="col">{t('persons.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periods.map((d) => {
                const name = `${facilityName(d, unknownFacility)}, ${labels.period(d.startedOn, d.endedOn)}`;
                return (
                  <Table.Tr key={d.id}>
                    <Table.Th scope="row" fw={400}>
                      {d.facility ? (
                        <Anchor component={Link} to={`/organisations/${d.facility.id}`}>
                          {d.facility.name}
                        </Anchor>
                      ) : (
                        unknownFacility
                      )}
                    </Table.Th>
                    <Table.Td>{labels.detentionKind(d.kind)}</Table.Td>
                    <Table.Td>
                      {labels.period(d.startedOn, d.endedOn)}
                      {d.endedOn === null ? (
                        <Badge size="xs" variant="light" color="red.9" ml={6}>
                          {t('persons.detention.ongoing')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={3}>
                        {d.conditions ?? ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {d.illTreatmentAlleged ? (
                        <Stack gap={2}>
                          <Badge
                            variant="filled"
                            color="red.9"
                            leftSection={<IconAlertTriangle size={12} aria-hidden />}
                          >
                            {t('persons.detention.illTreatmentAlleged')}
                          </Badge>
                          {d.illTreatmentNotes ? <Text size="xs">{d.illTreatmentNotes}</Text> : null}
                        </Stack>
                      ) : (
                        t('persons.detention.noIllTreatment')
                      )}
                    </Table.Td>
                    <Table.Td>
                      {d.case ? (
                        <Anchor component={Link} to={`/cases/${d.case.id}`}>
                          {d.case.caseNumber ?? d.case.title}
                        </Anchor>
                      ) : (
                        ''
                      )}
                    </Table.Td>
                    {canUpdate || canDelete ? (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {canUpdate ? (
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('persons.detention.edit', { name })}
                              onClick={() => setEditing(d)}
                            >
                              <IconEdit size={18} aria-hidden />
                            </ActionIcon>
                          ) : null}
                          {canDelete ? (
                            <ActionIcon
                              variant="subtle"
                              color="red.9"
                              aria-label={t('persons.detention.delete', { name })}
                              onClick={() => setDeleting(d)}
                            >
                              <IconTrash size={18} aria-hidden />
                            </ActionIcon>
                          ) : null}
                        </Group>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('persons.detention.addTitle') : t('persons.detention.editTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== null ? (
          <DetentionForm
            person={person}
            record={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('persons.detention.confirmDeleteTitle')}
        message={t('persons.detention.confirmDelete', {
          name: deleting
            ? `${facilityName(deleting, unknownFacility)}, ${labels.period(deleting.startedOn, deleting.endedOn)}`
            : '',
        })}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
        loading={remove.isPending}
      />
    </section>
  );
}

function DetentionForm({
  person,
  record,
  onDone,
}: {
  person: PersonDetail;
  record: DetentionPeriod | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const labels = usePersonLabels();
  const orgLabels = useOrganisationLabels();
  const queryClient = useQueryClient();
  // Notes on ill-treatment are restricted: only offered to users who may read them back.
  const mayWriteNotes = record
    ? record.illTreatmentNotes !== undefined
    : visibleLevels(user.role).includes('restricted');
  const base: FormValues = record
    ? detentionToInput(record)
    : {
        facilityId: null,
        caseId: null,
        kind: undefined as unknown as FormValues['kind'],
        startedOn: null,
        endedOn: null,
        conditions: null,
        illTreatmentAlleged: false,
        ...(mayWriteNotes ? { illTreatmentNotes: null } : {}),
        confidentiality: 'internal',
      };
  const form = useZodForm(CreateDetentionPeriodInputSchema, { defaultValues: base });
  const [facility, setFacility] = useState<EntityOption | null>(
    record?.facility ? { id: record.facility.id, label: record.facility.name } : null,
  );
  const caseOptions = person.cases.map((c) => ({
    value: c.case.id,
    label: c.case.caseNumber ? `${c.case.title} (${c.case.caseNumber})` : c.case.title,
  }));
  if (record?.case && !caseOptions.some((o) => o.value === record.case?.id)) {
    caseOptions.push({ value: record.case.id, label: record.case.caseNumber ?? record.case.title });
  }
  const save = useSubRecordSave({
    form,
    personId: person.id,
    save: (values: CreateDetentionPeriodInput) => {
      if (!record) return addDetentionPeriod(person.id, values);
      return updateDetentionPeriod(record.id, {
        ...changedFields(detentionToInput(record), values),
        version: record.version,
      });
    },
    message: () => (record ? t('persons.detention.saved') : t('persons.detention.added')),
    onSaved: () => void queryClient.invalidateQueries({ queryKey: personKeys.lists() }),
    onDone,
  });
  const { errors } = form.formState;
  const alleged = form.watch('illTreatmentAlleged');

  return (
    <form onSubmit={save.submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={save.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Controller
            control={form.control}
            name="kind"
            render={({ field, fieldState }) => (
              <Select
                ref={field.ref}
                name={field.name}
                label={t('persons.detention.kind')}
                required
                allowDeselect={false}
                data-autofocus
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? undefined)}
                onBlur={field.onBlur}
                data={DetentionKindSchema.options.map((value) => ({
                  value,
                  label: labels.detentionKind(value),
                }))}
                error={fieldState.error?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="facilityId"
            render={({ field, fieldState }) => (
              <EntityPicker
                ref={field.ref}
                name={field.name}
                label={t('persons.detention.facility')}
                description={t('persons.detention.facilityHint')}
                value={facility}
                onChange={(option) => {
                  setFacility(option);
                  field.onChange(option?.id ?? null);
                }}
                onBlur={field.onBlur}
                queryKey={organisationKeys.picker()}
                search={(q, signal) => searchOrganisationOptions(q, signal, orgLabels.summary)}
                error={fieldState.error?.message}
              />
            )}
          />
          <DateField control={form.control} name="startedOn" label={t('persons.period.from')} />
          <DateField
            control={form.control}
            name="endedOn"
            label={t('persons.period.to')}
            description={t('persons.detention.endHint')}
          />
        </SimpleGrid>
        {caseOptions.length > 0 ? (
          <Controller
            control={form.control}
            name="caseId"
            render={({ field }) => (
              <Select
                ref={field.ref}
                name={field.name}
                label={t('persons.detention.case')}
                placeholder={t('persons.detention.noCase')}
                clearable
                value={field.value ?? null}
                onChange={(value) => field.onChange(value ?? null)}
                data={caseOptions}
                error={errors.caseId?.message}
              />
            )}
          />
        ) : null}
        <Textarea
          label={t('persons.detention.conditions')}
          description={t('persons.detention.conditionsHint')}
          autosize
          minRows={2}
          maxRows={8}
          error={errors.conditions?.message}
          {...form.register('conditions', { setValueAs: emptyToNull })}
        />
        <Checkbox
          label={t('persons.detention.illTreatmentAllegedLabel')}
          {...form.register('illTreatmentAlleged')}
        />
        {mayWriteNotes && alleged ? (
          <Textarea
            label={t('persons.detention.illTreatmentNotes')}
            description={t('persons.detention.illTreatmentNotesHint')}
            autosize
            minRows={2}
            maxRows={8}
            error={errors.illTreatmentNotes?.message}
            {...form.register('illTreatmentNotes', { setValueAs: emptyToNull })}
          />
        ) : null}
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
        <Group justify="flex-end" gap="sm">
          <Button variant="outline" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={save.pending}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {record ? t('common.save') : t('persons.detention.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
