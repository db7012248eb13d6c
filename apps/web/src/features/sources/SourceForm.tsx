import {
  type CreateSourceInput,
  type ImpreciseDate,
  InformationCredibilitySchema,
  type Source,
  SourceKindSchema,
  SourceReliabilitySchema,
  SourceSchema,
} from '@habeas/shared';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconDeviceFloppy, IconEyeOff, IconShieldLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/use-session';
import { pickerKeys, searchOrganisationsOfType } from '../cases/pickers';
import { ConflictDialog, type ConflictField } from '../forms/ConflictDialog';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { changedFields } from '../forms/conflict';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { ImpreciseDateField } from '../forms/ImpreciseDateInput';
import { useVersionedSave } from '../forms/use-versioned-save';
import { useZodForm } from '../forms/use-zod-form';
import { EMPTY_SOURCE, SourceFormSchema, type SourceFormValues, sourceToInput } from './source-form';
import { createSource, sourceKeys, updateSource } from './sources-api';
import { useSourceLabels } from './use-source-labels';

type Changes = Partial<CreateSourceInput>;

const emptyToNull = (value: unknown) => (value === '' ? null : value);

/**
 * Create or edit a source: what it is, where it was published, its Admiralty grade (reliability of
 * the source A–F, credibility of the information 1–6, each explained), and who may see the identity
 * of its author: `restricted` for a witness who asked to stay anonymous.
 */
export function SourceForm({ record: given }: { record?: Source }) {
  const { t } = useTranslation();
  const [record] = useState(given);
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const labels = useSourceLabels();
  const format = useFormatters();
  const base = useMemo<SourceFormValues>(() => (record ? sourceToInput(record) : EMPTY_SOURCE), [record]);
  const form = useZodForm(SourceFormSchema, { defaultValues: base });
  const [publisher, setPublisher] = useState<EntityOption | null>(
    record?.publisher ? { id: record.publisher.id, label: record.publisher.name } : null,
  );
  // Identity fields the reader may not see are absent: they cannot be edited here either.
  const authorHidden = record !== undefined && record.author === undefined;
  const contactHidden = record !== undefined && record.contact === undefined;
  const [reliability, credibility, identityLevel] = form.watch([
    'reliability',
    'credibility',
    'identityConfidentiality',
  ]);

  const save = useVersionedSave({
    form,
    record,
    schema: SourceSchema,
    create: createSource,
    update: updateSource,
    changesOf: (read, values): Changes => {
      const changes = changedFields(sourceToInput(read), values);
      if (authorHidden) delete changes.author;
      if (contactHidden) delete changes.contact;
      return changes;
    },
    pathOf: (id) => `/sources/${id}`,
    messages: { created: t('sources.created'), saved: t('sources.saved') },
    onSaved: (s) => {
      queryClient.setQueryData(sourceKeys.detail(s.id), s);
      void queryClient.invalidateQueries({ queryKey: sourceKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: sourceKeys.picker() });
    },
    onDiscarded: (id, current) => {
      if (current) queryClient.setQueryData(sourceKeys.detail(id), current);
      else void queryClient.invalidateQueries({ queryKey: sourceKeys.detail(id) });
    },
  });

  const { errors } = form.formState;
  const cancelTo = record ? `/sources/${record.id}` : '/sources';
  const level = (v: unknown) => t(`confidentiality.level.${v as Source['confidentiality']}`);
  const conflictFields: ConflictField[] = [
    { key: 'title', label: t('sources.fields.title') },
    { key: 'kind', label: t('sources.fields.kind'), format: (v) => labels.kind(v as Source['kind']) },
    { key: 'citation', label: t('sources.fields.citation') },
    { key: 'url', label: t('sources.fields.url') },
    {
      key: 'publisherId',
      label: t('sources.fields.publisher'),
      format: (v) => (publisher && v === publisher.id ? publisher.label : String(v)),
    },
    {
      key: 'publishedOn',
      label: t('sources.fields.publishedOn'),
      format: (v) => format.impreciseDate(v as ImpreciseDate),
    },
    { key: 'author', label: t('sources.fields.author') },
    { key: 'reliability', label: t('sources.fields.reliability') },
    { key: 'credibility', label: t('sources.fields.credibility') },
    { key: 'language', label: t('sources.fields.language') },
    { key: 'identityConfidentiality', label: t('sources.fields.identityConfidentiality'), format: level },
    { key: 'contact', label: t('sources.fields.contact') },
    { key: 'notes', label: t('sources.fields.notes') },
    { key: 'confidentiality', label: t('confidentiality.label'), format: level },
  ];

  return (
    <>
      <form onSubmit={save.submit} noValidate>
        <Stack gap="lg" maw={880}>
          <FormErrorAlert error={save.formError} />
          <Fieldset legend={t('sources.sections.what')}>
            <Stack gap="md">
              <TextInput
                label={t('sources.fields.title')}
                description={t('sources.fields.titleHint')}
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
                      label={t('sources.fields.kind')}
                      required
                      allowDeselect={false}
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value ?? undefined)}
                      onBlur={field.onBlur}
                      data={SourceKindSchema.options.map((value) => ({ value, label: labels.kind(value) }))}
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
                <TextInput
                  type="url"
                  label={t('sources.fields.url')}
                  placeholder="https://"
                  error={errors.url?.message}
                  {...form.register('url', { setValueAs: emptyToNull })}
                />
                <ImpreciseDateField
                  control={form.control}
                  name="publishedOn"
                  label={t('sources.fields.publishedOn')}
                />
                <Controller
                  control={form.control}
                  name="publisherId"
                  render={({ field, fieldState }) => (
                    <EntityPicker
                      ref={field.ref}
                      name={field.name}
                      label={t('sources.fields.publisher')}
                      description={t('sources.fields.publisherHint')}
                      value={publisher}
                      onChange={(option) => {
                        setPublisher(option);
                        field.onChange(option?.id ?? null);
                      }}
                      onBlur={field.onBlur}
                      queryKey={pickerKeys.organisations()}
                      search={(q, signal) => searchOrganisationsOfType(q, signal)}
                      error={fieldState.error?.message}
                    />
                  )}
                />
                <TextInput
                  label={t('sources.fields.language')}
                  description={t('sources.fields.languageHint')}
                  maxLength={35}
                  error={errors.language?.message}
                  {...form.register('language', { setValueAs: emptyToNull })}
                />
              </SimpleGrid>
              <Textarea
                label={t('sources.fields.citation')}
                description={t('sources.fields.citationHint')}
                autosize
                minRows={2}
                error={errors.citation?.message}
                {...form.register('citation', { setValueAs: emptyToNull })}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('sources.sections.grade')}>
            <Stack gap="sm">
              <Text size="sm">{t('sources.gradeExplanation')}</Text>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Controller
                  control={form.control}
                  name="reliability"
                  render={({ field, fieldState }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      label={t('sources.fields.reliability')}
                      description={
                        reliability
                          ? t(`sources.reliabilityHint.${reliability}`)
                          : t('sources.fields.reliabilityHint')
                      }
                      clearable
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value ?? null)}
                      data={SourceReliabilitySchema.options.map((value) => ({
                        value,
                        label: `${value}: ${labels.reliability(value)}`,
                      }))}
                      error={fieldState.error?.message}
                    />
                  )}
                />
                <Controller
                  control={form.control}
                  name="credibility"
                  render={({ field, fieldState }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      label={t('sources.fields.credibility')}
                      description={
                        credibility
                          ? t(`sources.credibilityHint.${credibility}`)
                          : t('sources.fields.credibilityHint')
                      }
                      clearable
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value ?? null)}
                      data={InformationCredibilitySchema.options.map((value) => ({
                        value,
                        label: `${value}: ${labels.credibility(value)}`,
                      }))}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              </SimpleGrid>
              {reliability || credibility ? (
                <Text size="sm" aria-live="polite">
                  {t('sources.gradePreview', { grade: `${reliability ?? ''}${credibility ?? ''}` })}
                </Text>
              ) : null}
            </Stack>
          </Fieldset>
          <Fieldset legend={t('sources.sections.identity')}>
            <Stack gap="md">
              <Alert
                variant="light"
                color={identityLevel === 'restricted' ? 'red.9' : 'gray.8'}
                icon={<IconShieldLock aria-hidden />}
              >
                {t('sources.identityExplanation')}
              </Alert>
              <Controller
                control={form.control}
                name="identityConfidentiality"
                render={({ field, fieldState }) => (
                  <ConfidentialitySelect
                    ref={field.ref}
                    name={field.name}
                    label={t('sources.fields.identityConfidentiality')}
                    role={user.role}
                    value={field.value ?? null}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
              {authorHidden ? (
                <Group gap="xs">
                  <IconEyeOff size={16} aria-hidden />
                  <Text size="sm">{t('sources.authorHiddenInForm')}</Text>
                </Group>
              ) : (
                <TextInput
                  label={t('sources.fields.author')}
                  description={t('sources.fields.authorHint')}
                  error={errors.author?.message}
                  {...form.register('author', { setValueAs: emptyToNull })}
                />
              )}
              {contactHidden ? (
                <Group gap="xs">
                  <IconEyeOff size={16} aria-hidden />
                  <Text size="sm">{t('sources.contactHiddenInForm')}</Text>
                </Group>
              ) : (
                <Textarea
                  label={t('sources.fields.contact')}
                  description={t('sources.fields.contactHint')}
                  autosize
                  minRows={2}
                  error={errors.contact?.message}
                  {...form.register('contact', { setValueAs: emptyToNull })}
                />
              )}
            </Stack>
          </Fieldset>
          <Textarea
            label={t('sources.fields.notes')}
            autosize
            minRows={3}
            error={errors.notes?.message}
            {...form.register('notes', { setValueAs: emptyToNull })}
          />
          <Group gap="sm">
            <Button
              type="submit"
              loading={save.pending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {record ? t('common.save') : t('sources.create')}
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
          base={sourceToInput(record)}
          current={save.conflict.current ? sourceToInput(save.conflict.current) : null}
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
