import {
  type CreatePersonInput,
  GenderSchema,
  type ImpreciseDate,
  type NameVariantInput,
  type Person,
  type PersonDetail,
  PersonSchema,
  type PersonStatus,
  PersonStatusSchema,
  visibleLevels,
} from '@habeas/shared';
import {
  Badge,
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
import { IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../auth/use-session';
import { ConflictDialog, type ConflictField } from '../forms/ConflictDialog';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { changedFields } from '../forms/conflict';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { NameVariantsEditor } from '../forms/NameVariantsEditor';
import { useVersionedSave } from '../forms/use-versioned-save';
import { useZodForm } from '../forms/use-zod-form';
import { DateField } from './DateField';
import { emptyPerson, PersonFormSchema, type PersonFormValues, personToInput } from './person-form';
import { createPerson, personKeys, updatePerson } from './persons-api';
import { usePersonLabels } from './use-person-labels';

type Changes = Partial<CreatePersonInput>;

export interface PersonFormProps {
  /** The record to edit; without it the form creates one. */
  record?: PersonDetail;
}

// Empty text boxes mean "no value" (null), as the API stores it.
const emptyToNull = (value: unknown) => (value === '' ? null : value);
/** The status select's "no override" choice (a Select value cannot be null). */
const DERIVED = 'derived';

/**
 * Create or edit a person. Validates with the shared CreatePersonInputSchema, shows the API's 400
 * issues at their fields, sends only the changed fields with the version it read, and on 409 shows
 * their version beside the user's changes (ConflictDialog).
 */
export function PersonForm({ record: given }: PersonFormProps) {
  const { t } = useTranslation();
  // The version read when the form opened is the one the update names (that is what 409 is for).
  const [record] = useState(given);
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const labels = usePersonLabels();
  const sensitive = record
    ? record.healthNotes !== undefined || record.address !== undefined
    : visibleLevels(user.role).includes('restricted');
  const base = useMemo<PersonFormValues>(
    () => (record ? personToInput(record) : emptyPerson(sensitive)),
    [record, sensitive],
  );
  const form = useZodForm(PersonFormSchema, { defaultValues: base });
  const save = useVersionedSave({
    form,
    record,
    schema: PersonSchema,
    create: createPerson,
    update: updatePerson,
    changesOf: (read, values): Changes => changedFields(personToInput(read), values),
    pathOf: (id) => `/persons/${id}`,
    messages: { created: t('persons.created'), saved: t('persons.saved') },
    onSaved: (person) => {
      queryClient.setQueryData(personKeys.detail(person.id), person);
      void queryClient.invalidateQueries({ queryKey: personKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: personKeys.picker() });
    },
    onDiscarded: (id) => void queryClient.invalidateQueries({ queryKey: personKeys.detail(id) }),
  });

  const { errors } = form.formState;
  const cancelTo = record ? `/persons/${record.id}` : '/persons';

  return (
    <>
      <form onSubmit={save.submit} noValidate>
        <Stack gap="lg" maw={880}>
          <FormErrorAlert error={save.formError} />
          <Fieldset legend={t('persons.sections.identity')}>
            <Stack gap="md">
              <TextInput
                label={t('persons.fields.displayName')}
                description={t('persons.fields.displayNameHint')}
                required
                error={errors.displayName?.message}
                {...form.register('displayName')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Controller
                  control={form.control}
                  name="gender"
                  render={({ field, fieldState }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      label={t('persons.fields.gender')}
                      allowDeselect={false}
                      value={field.value ?? 'unknown'}
                      onChange={(value) => field.onChange(value ?? 'unknown')}
                      onBlur={field.onBlur}
                      data={GenderSchema.options.map((value) => ({ value, label: labels.gender(value) }))}
                      error={fieldState.error?.message}
                    />
                  )}
                />
                <DateField control={form.control} name="birthDate" label={t('persons.fields.birthDate')} />
                <TextInput
                  label={t('persons.fields.nationality')}
                  description={t('persons.fields.nationalityHint')}
                  error={errors.nationality?.message}
                  {...form.register('nationality', { setValueAs: emptyToNull })}
                />
                <TextInput
                  label={t('persons.fields.ethnicity')}
                  error={errors.ethnicity?.message}
                  {...form.register('ethnicity', { setValueAs: emptyToNull })}
                />
                <TextInput
                  label={t('persons.fields.occupation')}
                  error={errors.occupation?.message}
                  {...form.register('occupation', { setValueAs: emptyToNull })}
                />
                <TextInput
                  label={t('persons.fields.region')}
                  error={errors.residenceRegion?.message}
                  {...form.register('residenceRegion', { setValueAs: emptyToNull })}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
          <NameVariantsEditor
            control={form.control}
            name="names"
            legend={t('persons.sections.names')}
            description={t('persons.fields.namesHint')}
          />
          <Textarea
            label={t('persons.fields.notes')}
            autosize
            minRows={3}
            maxRows={12}
            error={errors.notes?.message}
            {...form.register('notes', { setValueAs: emptyToNull })}
          />
          {sensitive ? (
            <Fieldset
              legend={
                <Group gap={6} component="span">
                  {t('persons.sections.sensitive')}
                  <Badge size="sm" color="red.9" leftSection={<IconLock size={12} aria-hidden />}>
                    {t('confidentiality.level.restricted')}
                  </Badge>
                </Group>
              }
            >
              <Stack gap="md">
                <Text size="sm">{t('persons.fields.sensitiveHint')}</Text>
                <Textarea
                  label={t('persons.fields.healthNotes')}
                  autosize
                  minRows={2}
                  maxRows={10}
                  error={errors.healthNotes?.message}
                  {...form.register('healthNotes', { setValueAs: emptyToNull })}
                />
                <Textarea
                  label={t('persons.fields.address')}
                  autosize
                  minRows={2}
                  maxRows={6}
                  error={errors.address?.message}
                  {...form.register('address', { setValueAs: emptyToNull })}
                />
              </Stack>
            </Fieldset>
          ) : null}
          <Fieldset legend={t('persons.sections.statusOverride')}>
            <Stack gap="md">
              <Text size="sm">{t('persons.fields.statusOverrideHint')}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Controller
                  control={form.control}
                  name="statusOverride"
                  render={({ field, fieldState }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      label={t('persons.fields.statusOverride')}
                      allowDeselect={false}
                      value={field.value ?? DERIVED}
                      onChange={(value) => field.onChange(!value || value === DERIVED ? null : value)}
                      onBlur={field.onBlur}
                      data={[
                        { value: DERIVED, label: t('persons.fields.statusDerived') },
                        ...PersonStatusSchema.options.map((value) => ({
                          value,
                          label: labels.status(value),
                        })),
                      ]}
                      error={fieldState.error?.message}
                    />
                  )}
                />
                <DateField
                  control={form.control}
                  name="statusOverrideOn"
                  label={t('persons.fields.statusOverrideOn')}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
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
                maw={420}
              />
            )}
          />
          <Group gap="sm">
            <Button
              type="submit"
              loading={save.pending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {record ? t('common.save') : t('persons.create')}
            </Button>
            <Button variant="outline" component={Link} to={cancelTo}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
      {record && save.conflict ? (
        <PersonConflictDialog
          record={record}
          current={save.conflict.current}
          changes={save.conflict.changes}
          applying={save.applying}
          onClose={save.closeConflict}
          onApply={save.applyConflict}
          onDiscard={save.discardConflict}
        />
      ) : null}
    </>
  );
}

function PersonConflictDialog({
  record,
  current,
  changes,
  applying,
  onClose,
  onApply,
  onDiscard,
}: {
  record: Person;
  current: Person | null;
  changes: Changes;
  applying: boolean;
  onClose: () => void;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const labels = usePersonLabels();
  const date = (v: unknown) => labels.date(v as ImpreciseDate);
  const fields: ConflictField[] = [
    { key: 'displayName', label: t('persons.fields.displayName') },
    {
      key: 'names',
      label: t('persons.sections.names'),
      format: (v) => <NamesList names={v as NameVariantInput[]} />,
    },
    { key: 'gender', label: t('persons.fields.gender'), format: (v) => labels.gender(v as Person['gender']) },
    { key: 'birthDate', label: t('persons.fields.birthDate'), format: date },
    { key: 'nationality', label: t('persons.fields.nationality') },
    { key: 'ethnicity', label: t('persons.fields.ethnicity') },
    { key: 'occupation', label: t('persons.fields.occupation') },
    { key: 'residenceRegion', label: t('persons.fields.region') },
    { key: 'notes', label: t('persons.fields.notes') },
    { key: 'healthNotes', label: t('persons.fields.healthNotes') },
    { key: 'address', label: t('persons.fields.address') },
    {
      key: 'statusOverride',
      label: t('persons.fields.statusOverride'),
      format: (v) => labels.status(v as PersonStatus),
    },
    { key: 'statusOverrideOn', label: t('persons.fields.statusOverrideOn'), format: date },
    {
      key: 'confidentiality',
      label: t('confidentiality.label'),
      format: (v) => t(`confidentiality.level.${v as Person['confidentiality']}`),
    },
  ];
  return (
    <ConflictDialog
      opened
      onClose={onClose}
      base={personToInput(record)}
      current={current ? personToInput(current) : null}
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
