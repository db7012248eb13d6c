import {
  type Affiliation,
  type CreateAffiliationInput,
  CreateAffiliationInputSchema,
  type PersonDetail,
} from '@habeas/shared';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconBuildingCommunity,
  IconCheck,
  IconDeviceFloppy,
  IconEdit,
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
import { addAffiliation, deleteAffiliation, personKeys, updateAffiliation } from './persons-api';
import { usePersonLabels } from './use-person-labels';
import { useSubRecordFailure, useSubRecordSave } from './use-sub-record-save';

type FormValues = z.input<typeof CreateAffiliationInputSchema>;

const emptyToNull = (value: unknown) => (value === '' ? null : value);

function affiliationToInput(a: Affiliation): CreateAffiliationInput {
  return {
    organisationId: a.organisation.id,
    role: a.role,
    startedOn: a.startedOn,
    endedOn: a.endedOn,
    notes: a.notes,
    confidentiality: a.confidentiality,
  };
}

/** The Affiliations tab: organisations the person belongs or belonged to, with role and period. */
export function AffiliationsPanel({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const labels = usePersonLabels();
  const can = useCan();
  const queryClient = useQueryClient();
  const failed = useSubRecordFailure(person.id);
  const [editing, setEditing] = useState<Affiliation | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Affiliation | null>(null);
  const live = person.deletedAt === null;
  // Adding needs the right to change the person itself (the API checks the same).
  const canCreate = live && can('create', 'CaseData') && person.canEdit;
  const canUpdate = live && can('update', 'CaseData');
  const canDelete = live && can('delete', 'CaseData');

  const remove = useMutation({
    mutationFn: (a: Affiliation) => deleteAffiliation(a.id, a.version),
    onSuccess: (_, a) => {
      setDeleting(null);
      void queryClient.invalidateQueries({ queryKey: personKeys.detail(person.id) });
      notifications.show({
        message: t('persons.affiliations.deleted', { name: a.organisation.name }),
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
      {t('persons.affiliations.add')}
    </Button>
  ) : null;

  return (
    <section aria-labelledby="person-affiliations">
      <SectionHeading
        id="person-affiliations"
        title={t('persons.sections.affiliations')}
        actions={addButton}
      />
      {person.affiliations.length === 0 ? (
        <EmptyState
          icon={<IconBuildingCommunity size={30} stroke={1.5} />}
          title={t('persons.affiliations.empty')}
          description={t('persons.affiliations.emptyHint')}
        />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('persons.affiliations.organisation')}</Table.Th>
                <Table.Th scope="col">{t('persons.affiliations.role')}</Table.Th>
                <Table.Th scope="col">{t('persons.affiliations.period')}</Table.Th>
                <Table.Th scope="col">{t('persons.fields.notes')}</Table.Th>
                {canUpdate || canDelete ? <Table.Th scope="col">{t('persons.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.affiliations.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/organisations/${a.organisation.id}`}>
                      {a.organisation.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{a.role ?? ''}</Table.Td>
                  <Table.Td>{labels.period(a.startedOn, a.endedOn)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      {a.notes ?? ''}
                    </Text>
                  </Table.Td>
                  {canUpdate || canDelete ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {canUpdate ? (
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('persons.affiliations.edit', { name: a.organisation.name })}
                            onClick={() => setEditing(a)}
                          >
                            <IconEdit size={18} aria-hidden />
                          </ActionIcon>
                        ) : null}
                        {canDelete ? (
                          <ActionIcon
                            variant="subtle"
                            color="red.9"
                            aria-label={t('persons.affiliations.delete', { name: a.organisation.name })}
                            onClick={() => setDeleting(a)}
                          >
                            <IconTrash size={18} aria-hidden />
                          </ActionIcon>
                        ) : null}
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('persons.affiliations.addTitle') : t('persons.affiliations.editTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== null ? (
          <AffiliationForm
            personId={person.id}
            record={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('persons.affiliations.confirmDeleteTitle')}
        message={t('persons.affiliations.confirmDelete', { name: deleting?.organisation.name ?? '' })}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
        loading={remove.isPending}
      />
    </section>
  );
}

function AffiliationForm({
  personId,
  record,
  onDone,
}: {
  personId: string;
  record: Affiliation | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const orgLabels = useOrganisationLabels();
  const base: FormValues = record
    ? affiliationToInput(record)
    : {
        organisationId: undefined as unknown as string,
        role: null,
        startedOn: null,
        endedOn: null,
        notes: null,
        confidentiality: 'internal',
      };
  const form = useZodForm(CreateAffiliationInputSchema, { defaultValues: base });
  const [organisation, setOrganisation] = useState<EntityOption | null>(
    record ? { id: record.organisation.id, label: record.organisation.name } : null,
  );
  const save = useSubRecordSave({
    form,
    personId,
    save: (values: CreateAffiliationInput) => {
      if (!record) return addAffiliation(personId, values);
      return updateAffiliation(record.id, {
        ...changedFields(affiliationToInput(record), values),
        version: record.version,
      });
    },
    message: (saved) =>
      record
        ? t('persons.affiliations.saved', { name: saved.organisation.name })
        : t('persons.affiliations.added', { name: saved.organisation.name }),
    onDone,
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={save.submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={save.formError} />
        <Controller
          control={form.control}
          name="organisationId"
          render={({ field, fieldState }) => (
            <EntityPicker
              ref={field.ref}
              name={field.name}
              label={t('persons.affiliations.organisation')}
              required
              data-autofocus
              value={organisation}
              onChange={(option) => {
                setOrganisation(option);
                field.onChange(option?.id ?? undefined);
              }}
              onBlur={field.onBlur}
              queryKey={organisationKeys.picker()}
              search={(q, signal) => searchOrganisationOptions(q, signal, orgLabels.summary)}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextInput
          label={t('persons.affiliations.role')}
          description={t('persons.affiliations.roleHint')}
          error={errors.role?.message}
          {...form.register('role', { setValueAs: emptyToNull })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DateField control={form.control} name="startedOn" label={t('persons.period.from')} />
          <DateField control={form.control} name="endedOn" label={t('persons.period.to')} />
        </SimpleGrid>
        <Textarea
          label={t('persons.fields.notes')}
          autosize
          minRows={2}
          maxRows={8}
          error={errors.notes?.message}
          {...form.register('notes', { setValueAs: emptyToNull })}
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
        <Group justify="flex-end" gap="sm">
          <Button variant="outline" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={save.pending}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {record ? t('common.save') : t('persons.affiliations.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
