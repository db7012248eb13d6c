import {
  type CreateLegalProvisionInput,
  formatProvision,
  type LegalProvision,
  LegalProvisionSchema,
  type ProvisionCategory,
  ProvisionCategorySchema,
} from '@habeas/shared';
import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../i18n/languages';
import { useCurrentUser } from '../auth/use-session';
import { ConflictDialog, type ConflictField } from '../forms/ConflictDialog';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { changedFields } from '../forms/conflict';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { useVersionedSave } from '../forms/use-versioned-save';
import { useZodForm } from '../forms/use-zod-form';
import { createLegalProvision, legalProvisionKeys, updateLegalProvision } from './legal-provisions-api';
import {
  EMPTY_PROVISION,
  ProvisionFormSchema,
  type ProvisionFormValues,
  provisionToInput,
} from './provision-form';
import { useProvisionLabels } from './use-provision-labels';

type Changes = Partial<CreateLegalProvisionInput>;

export interface LegalProvisionFormProps {
  /** The record to edit; without it the form creates one. */
  record?: LegalProvision;
}

// A blank title means "no title" (null, as the API stores it), so it does not count as a change.
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

const TITLE_FIELDS = { en: 'titleEn', ru: 'titleRu', kk: 'titleKk' } as const satisfies Record<
  Language,
  keyof ProvisionFormValues
>;

/**
 * Create or edit a legal provision. Validates with the shared CreateLegalProvisionInputSchema,
 * shows the API's 400 issues at their fields, sends only the changed fields with the version it
 * read, and on 409 shows their version beside the user's changes (ConflictDialog).
 */
export function LegalProvisionForm({ record: given }: LegalProvisionFormProps) {
  const { t } = useTranslation();
  // The record as read when the form opened: its version is the one the update names.
  const [record] = useState(given);
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const labels = useProvisionLabels();
  const base = useMemo<ProvisionFormValues>(
    () => (record ? provisionToInput(record) : EMPTY_PROVISION),
    [record],
  );
  const form = useZodForm(ProvisionFormSchema, { defaultValues: base });
  const save = useVersionedSave({
    form,
    record,
    schema: LegalProvisionSchema,
    create: createLegalProvision,
    update: updateLegalProvision,
    changesOf: (read, values): Changes => changedFields(provisionToInput(read), values),
    pathOf: (id) => `/legal-provisions/${id}`,
    messages: { created: t('legalProvisions.created'), saved: t('legalProvisions.saved') },
    onSaved: (saved) => {
      queryClient.setQueryData(legalProvisionKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: legalProvisionKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: legalProvisionKeys.picker() });
      void queryClient.invalidateQueries({ queryKey: legalProvisionKeys.options() });
    },
    onDiscarded: (id, current) => {
      if (current) queryClient.setQueryData(legalProvisionKeys.detail(id), current);
      else void queryClient.invalidateQueries({ queryKey: legalProvisionKeys.detail(id) });
    },
  });
  const { errors } = form.formState;
  const [code, article, part] = useWatch({ control: form.control, name: ['code', 'article', 'part'] });
  const preview = article?.trim() ? formatProvision({ code: code ?? '', article, part }) : null;
  const cancelTo = record ? `/legal-provisions/${record.id}` : '/legal-provisions';

  return (
    <>
      <form onSubmit={save.submit} noValidate>
        <Stack gap="lg" maw={880}>
          <FormErrorAlert error={save.formError} />
          <Fieldset legend={t('legalProvisions.sections.details')}>
            <Stack gap="md">
              <TextInput
                label={t('legalProvisions.fields.code')}
                description={t('legalProvisions.fields.codeHint')}
                required
                error={errors.code?.message}
                {...form.register('code')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('legalProvisions.fields.article')}
                  description={t('legalProvisions.fields.articleHint')}
                  required
                  error={errors.article?.message}
                  {...form.register('article')}
                />
                <TextInput
                  label={t('legalProvisions.fields.part')}
                  description={t('legalProvisions.fields.partHint')}
                  error={errors.part?.message}
                  {...form.register('part')}
                />
                <Controller
                  control={form.control}
                  name="category"
                  render={({ field, fieldState }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      label={t('legalProvisions.fields.category')}
                      required
                      allowDeselect={false}
                      value={field.value ?? null}
                      onChange={(value) => field.onChange(value ?? undefined)}
                      onBlur={field.onBlur}
                      data={ProvisionCategorySchema.options.map((value) => ({
                        value,
                        label: labels.category(value),
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
              </SimpleGrid>
              {preview ? (
                <Text size="sm">
                  {t('legalProvisions.preview')}{' '}
                  <Text span fw={600}>
                    {preview}
                  </Text>
                </Text>
              ) : null}
            </Stack>
          </Fieldset>
          <Fieldset legend={t('legalProvisions.sections.titles')}>
            <Stack gap="md">
              <Text size="sm">{t('legalProvisions.fields.titlesHint')}</Text>
              {labels.languages.map((language) => {
                const name = TITLE_FIELDS[language];
                return (
                  <Textarea
                    key={name}
                    lang={language}
                    label={t(`legalProvisions.titleIn.${language}`)}
                    autosize
                    minRows={2}
                    maxRows={6}
                    error={errors[name]?.message}
                    {...form.register(name, { setValueAs: blankToNull })}
                  />
                );
              })}
            </Stack>
          </Fieldset>
          <Group gap="sm">
            <Button
              type="submit"
              loading={save.pending}
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            >
              {record ? t('common.save') : t('legalProvisions.create')}
            </Button>
            <Button variant="outline" component={Link} to={cancelTo}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
      {record && save.conflict ? (
        <ProvisionConflictDialog
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

function ProvisionConflictDialog({
  record,
  current,
  changes,
  applying,
  onClose,
  onApply,
  onDiscard,
}: {
  record: LegalProvision;
  current: LegalProvision | null;
  changes: Changes;
  applying: boolean;
  onClose: () => void;
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const labels = useProvisionLabels();
  const fields: ConflictField[] = [
    { key: 'code', label: t('legalProvisions.fields.code') },
    { key: 'article', label: t('legalProvisions.fields.article') },
    { key: 'part', label: t('legalProvisions.fields.part') },
    {
      key: 'category',
      label: t('legalProvisions.fields.category'),
      format: (v) => labels.category(v as ProvisionCategory),
    },
    {
      key: 'confidentiality',
      label: t('confidentiality.label'),
      format: (v) => t(`confidentiality.level.${v as LegalProvision['confidentiality']}`),
    },
    ...labels.languages.map((language) => ({
      key: TITLE_FIELDS[language],
      label: t(`legalProvisions.titleIn.${language}`),
    })),
  ];

  return (
    <ConflictDialog
      opened
      onClose={onClose}
      base={provisionToInput(record)}
      current={current ? provisionToInput(current) : null}
      changes={changes}
      fields={fields}
      onApply={onApply}
      onDiscard={onDiscard}
      applying={applying}
    />
  );
}
