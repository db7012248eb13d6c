import {
  type CreateOrganisationInput,
  type NameVariantInput,
  type Organisation,
  OrganisationSchema,
  OrganisationTypeSchema,
} from '@habeas/shared';
import {
  Button,
  Fieldset,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/use-session';
import { ConflictDialog, type ConflictField } from '../forms/ConflictDialog';
import { CountryCodeInput } from '../forms/CountryCodeInput';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { changedFields } from '../forms/conflict';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { NameVariantsEditor } from '../forms/NameVariantsEditor';
import { useVersionedSave } from '../forms/use-versioned-save';
import { useZodForm } from '../forms/use-zod-form';
import {
  EMPTY_ORGANISATION,
  OrganisationFormSchema,
  type OrganisationFormValues,
  organisationToInput,
} from './organisation-form';
import {
  createOrganisation,
  organisationKeys,
  searchOrganisationOptions,
  updateOrganisation,
} from './organisations-api';
import { useOrganisationLabels } from './use-organisation-labels';

type Changes = Partial<CreateOrganisationInput>;

export interface OrganisationFormProps {
  /** The record to edit; without it the form creates one. */
  record?: Organisation;
}

// Empty text boxes mean "no value" (null), as the API stores it.
const emptyToNull = (value: unknown) => (value === '' ? null : value);

/**
 * Create or edit an organisation. Validates with the shared CreateOrganisationInputSchema, shows the
 * API's 400 issues at their fields, sends only the changed fields with the version it read, and on
 * 409 shows their version beside the user's changes (ConflictDialog).
 */
export function OrganisationForm({ record: given }: OrganisationFormProps) {
  const { t } = useTranslation();
  // The record as read when the form opened: its version is the one the update names, even if a
  // newer version reaches the cache meanwhile (that is what the 409 check is for).
  const [record] = useState(given);
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const labels = useOrganisationLabels();
  const base = useMemo<OrganisationFormValues>(
    () => (record ? organisationToInput(record) : EMPTY_ORGANISATION),
    [record],
  );
  const form = useZodForm(OrganisationFormSchema, { defaultValues: base });
  const [parent, setParent] = useState<EntityOption | null>(
    record?.parent ? { id: record.parent.id, label: record.parent.name } : null,
  );
  const save = useVersionedSave({
    form,
    record,
    schema: OrganisationSchema,
    create: createOrganisation,
    update: updateOrganisation,
    changesOf: (read, values): Changes => changedFields(organisationToInput(read), values),
    pathOf: (id) => `/organisations/${id}`,
    messages: { created: t('organisations.created'), saved: t('organisations.saved') },
    onSaved: (organisation) => {
      queryClient.setQueryData(organisationKeys.detail(organisation.id), organisation);
      void queryClient.invalidateQueries({ queryKey: organisationKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: organisationKeys.picker() });
    },
    onDiscarded: (id, current) => {
      if (current) queryClient.setQueryData(organisationKeys.detail(id), current);
      else void queryClient.invalidateQueries({ queryKey: organisationKeys.detail(id) });
    },
  });
  const { errors } = form.formState;
  const cancelTo = record ? `/organisations/${record.id}` : '/organisations';

  return (
    <>
      <form onSubmit={save.submit} noValidate>
        <Stack gap="lg" maw={880}>
          <FormErrorAlert error={save.formError} />
          <Fieldset legend={t('organisations.sections.details')}>
            <Stack gap="md">
              <TextInput
                label={t('organisations.fields.name')}
                description={t('organisations.fields.nameHint')}
                required
                error={errors.name?.message}
                {...form.register('name')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Controller
                  control={form.control}
                  name="type"
                  render={({ field, fieldState }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      label={t('organisations.fields.type')}
                      required
                      searchable
                      allowDeselect={false}
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value ?? undefined)}
                      onBlur={field.onBlur}
                      data={OrganisationTypeSchema.options.map((value) => ({
                        value,
                        label: labels.type(value),
                      }))}
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
                <Controller
                  control={form.control}
                  name="country"
                  render={({ field, fieldState }) => (
                    <CountryCodeInput
                      ref={field.ref}
                      name={field.name}
                      label={t('organisations.fields.country')}
                      value={field.value ?? ''}
                      onChange={(event) => field.onChange(emptyToNull(event.currentTarget.value))}
                      onBlur={field.onBlur}
                      error={fieldState.error?.message}
                    />
                  )}
                />
                <TextInput
                  label={t('organisations.fields.region')}
                  error={errors.region?.message}
                  {...form.register('region', { setValueAs: emptyToNull })}
                />
              </SimpleGrid>
              <Controller
                control={form.control}
                name="parentId"
                render={({ field, fieldState }) => (
                  <EntityPicker
                    ref={field.ref}
                    name={field.name}
                    label={t('organisations.fields.parent')}
                    description={t('organisations.fields.parentHint')}
                    value={parent}
                    onChange={(option) => {
                      setParent(option);
                      field.onChange(option?.id ?? null);
                    }}
                    onBlur={field.onBlur}
                    queryKey={organisationKeys.picker()}
                    search={(q, signal) => searchOrganisationOptions(q, signal, labels.summary)}
                    exclude={record ? [record.id] : []}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </Stack>
          </Fieldset>
          <NameVariantsEditor
            control={form.control}
            name="names"
            legend={t('organisations.sections.names')}
            description={t('organisations.fields.namesHint')}
          />
          <Textarea
            label={t('organisations.fields.notes')}
            autosize
            minRows={3}
            maxRows={12}
            error={errors.notes?.message}
            {...form.register('notes', { setValueAs: emptyToNull })}
          />
          <Group gap="sm">
            <Button
              type="submit"
              loading={save.pending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {record ? t('common.save') : t('organisations.create')}
            </Button>
            <Button variant="outline" component={Link} to={cancelTo}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
      {record && save.conflict ? (
        <OrganisationConflictDialog
          record={record}
          current={save.conflict.current}
          changes={save.conflict.changes}
          parent={parent}
          applying={save.applying}
          onClose={save.closeConflict}
          onApply={save.applyConflict}
          onDiscard={save.discardConflict}
        />
      ) : null}
    </>
  );
}

function OrganisationConflictDialog({
  record,
  current,
  changes,
  parent,
  applying,
  onClose,
  onApply,
  onDiscard,
}: {
  record: Organisation;
  current: Organisation | null;
  changes: Changes;
  parent: EntityOption | null;
  applying: boolean;
  onClose: () => void;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const labels = useOrganisationLabels();
  // Parent ids read as names: from the record as read, their version, or the picker.
  const parentNames = new Map<string, string>();
  for (const p of [record.parent, current?.parent]) if (p) parentNames.set(p.id, p.name);
  if (parent) parentNames.set(parent.id, parent.label);

  const fields: ConflictField[] = [
    { key: 'name', label: t('organisations.fields.name') },
    {
      key: 'type',
      label: t('organisations.fields.type'),
      format: (v) => labels.type(v as Organisation['type']),
    },
    { key: 'country', label: t('organisations.fields.country'), format: (v) => labels.country(v as string) },
    { key: 'region', label: t('organisations.fields.region') },
    {
      key: 'parentId',
      label: t('organisations.fields.parent'),
      format: (v) => parentNames.get(v as string) ?? String(v),
    },
    {
      key: 'confidentiality',
      label: t('confidentiality.label'),
      format: (v) => t(`confidentiality.level.${v as Organisation['confidentiality']}`),
    },
    {
      key: 'names',
      label: t('organisations.sections.names'),
      format: (v) => <NamesList names={v as NameVariantInput[]} />,
    },
    { key: 'notes', label: t('organisations.fields.notes') },
  ];

  return (
    <ConflictDialog
      opened
      onClose={onClose}
      base={organisationToInput(record)}
      current={current ? organisationToInput(current) : null}
      changes={changes}
      fields={fields}
      onApply={onApply}
      onDiscard={onDiscard}
      applying={applying}
    />
  );
}

function NamesList({ names }: { names: NameVariantInput[] }): ReactNode {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {names.map((n) => (
        <List.Item key={`${n.value}:${n.script}:${n.kind}`}>
          <Text span size="sm">
            {n.value}
          </Text>{' '}
          <Text span size="xs">
            ({t(`names.scripts.${n.script}`)}, {t(`names.kinds.${n.kind ?? 'legal'}`)})
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
