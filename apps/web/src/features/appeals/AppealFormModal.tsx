import {
  type Appeal,
  AppealLevelSchema,
  AppealSchema,
  AppealStatusSchema,
  appealDeadlineStatus,
  type CasePersonRef,
  type CreateAppealInput,
  CreateAppealInputSchema,
  type ImpreciseDate,
  type Sentence,
  toIsoDateUtc,
} from '@habeas/shared';
import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/use-session';
import { useNotify, useRefreshCase } from '../cases/case-actions';
import { ModalConflict, ModalFormButtons } from '../cases/ModalFormEnd';
import { pickerKeys, searchOrganisationsOfType } from '../cases/pickers';
import { useVersionedSave } from '../cases/versioned-save';
import { type ConflictField } from '../forms/ConflictDialog';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { ImpreciseDateField } from '../forms/ImpreciseDateInput';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { createAppeal, updateAppeal } from './appeals-api';
import { DeadlineCountdown } from './DeadlineCountdown';
import { useAppealLabels } from './use-appeal-labels';

export function appealToInput(a: Appeal): CreateAppealInput {
  return {
    level: a.level,
    status: a.status,
    sentenceId: a.sentenceId,
    personId: a.person?.id ?? null,
    bodyId: a.body?.id ?? null,
    bodyName: a.bodyName,
    filedOn: a.filedOn,
    deadline: a.deadline,
    decisionOn: a.decisionOn,
    resultingChange: a.resultingChange,
    notes: a.notes,
    confidentiality: a.confidentiality,
  };
}

const nullIfEmpty = (v: unknown) => (v === '' ? null : v);

export interface AppealFormModalProps {
  caseId: string;
  record?: Appeal;
  /** Sentences of the case an appeal may be against. */
  sentences: Sentence[];
  /** People of the case who may appeal (any role). */
  persons: CasePersonRef[];
  /** "Defendant: 7 years, strict regime" for the sentence choice. */
  describeSentence: (s: Sentence) => string;
  onClose: () => void;
}

/**
 * Add or edit an appeal: level, status, dates (filed, deadline, decision) and what it changed. The
 * API checks the deadline against the verdict appealed and answers 400 at the deadline field.
 */
export function AppealFormModal({
  caseId,
  record,
  sentences,
  persons,
  describeSentence,
  onClose,
}: AppealFormModalProps) {
  const { t } = useTranslation();
  const labels = useAppealLabels();
  const format = useFormatters();
  const user = useCurrentUser();
  const refresh = useRefreshCase(caseId);
  const notify = useNotify();
  const [body, setBody] = useState<EntityOption | null>(
    record?.body ? { id: record.body.id, label: record.body.name } : null,
  );
  const form = useZodForm(CreateAppealInputSchema, {
    defaultValues: record
      ? appealToInput(record)
      : {
          level: undefined as unknown as CreateAppealInput['level'],
          status: 'planned',
          sentenceId: sentences.length === 1 ? (sentences[0]?.id ?? null) : null,
          personId: sentences.length === 1 ? (sentences[0]?.person.id ?? null) : null,
          bodyId: null,
          bodyName: null,
          filedOn: null,
          deadline: null,
          decisionOn: null,
          resultingChange: null,
          notes: null,
          confidentiality: 'internal',
        },
  });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const saving = useVersionedSave<Appeal, CreateAppealInput>({
    record,
    toInput: appealToInput,
    schema: AppealSchema,
    create: (input) => createAppeal(caseId, input),
    update: (id, changes, version) => updateAppeal(id, { ...changes, version }),
    onSaved: (a, created) => {
      refresh();
      notify.success(t(created ? 'appeals.created' : 'appeals.saved', { level: labels.level(a.level) }));
      onClose();
    },
    onError: handleError,
    onNoChanges: onClose,
  });
  const [deadline, status] = form.watch(['deadline', 'status']);
  const preview =
    deadline && /^\d{4}-\d{2}-\d{2}$/.test(deadline)
      ? appealDeadlineStatus(deadline, status ?? 'planned', toIsoDateUtc(new Date()))
      : null;

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    await saving.save(values);
  });

  const dateField = (v: unknown) => format.impreciseDate(v as ImpreciseDate);
  const conflictFields: ConflictField[] = [
    { key: 'level', label: t('appeals.fields.level'), format: (v) => labels.level(v as Appeal['level']) },
    { key: 'status', label: t('appeals.fields.status'), format: (v) => labels.status(v as Appeal['status']) },
    {
      key: 'sentenceId',
      label: t('appeals.fields.sentence'),
      format: (v) => {
        const s = sentences.find((x) => x.id === v);
        return s ? describeSentence(s) : String(v);
      },
    },
    {
      key: 'personId',
      label: t('appeals.fields.appellant'),
      format: (v) => persons.find((p) => p.id === v)?.displayName ?? String(v),
    },
    {
      key: 'bodyId',
      label: t('appeals.fields.body'),
      format: (v) => (body && v === body.id ? body.label : String(v)),
    },
    { key: 'bodyName', label: t('appeals.fields.bodyName') },
    { key: 'filedOn', label: t('appeals.fields.filedOn'), format: dateField },
    {
      key: 'deadline',
      label: t('appeals.fields.deadline'),
      format: (v) => format.impreciseDate({ value: v as string, precision: 'day' }),
    },
    { key: 'decisionOn', label: t('appeals.fields.decisionOn'), format: dateField },
    { key: 'resultingChange', label: t('appeals.fields.resultingChange') },
    { key: 'notes', label: t('appeals.fields.notes') },
    {
      key: 'confidentiality',
      label: t('confidentiality.label'),
      format: (v) => t(`confidentiality.level.${v as Appeal['confidentiality']}`),
    },
  ];

  return (
    <>
      <Modal
        opened
        onClose={onClose}
        title={record ? t('appeals.editTitle') : t('appeals.addTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="xl"
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormErrorAlert error={formError} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Controller
                control={form.control}
                name="level"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('appeals.fields.level')}
                    required
                    allowDeselect={false}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value ?? undefined)}
                    onBlur={field.onBlur}
                    data={AppealLevelSchema.options.map((value) => ({ value, label: labels.level(value) }))}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="status"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('appeals.fields.status')}
                    required
                    allowDeselect={false}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value ?? undefined)}
                    data={AppealStatusSchema.options.map((value) => ({ value, label: labels.status(value) }))}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="sentenceId"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('appeals.fields.sentence')}
                    description={t('appeals.fields.sentenceHint')}
                    clearable
                    value={field.value ?? null}
                    onChange={(value) => {
                      field.onChange(value ?? null);
                      const s = sentences.find((x) => x.id === value);
                      if (s) form.setValue('personId', s.person.id);
                    }}
                    data={sentences.map((s) => ({ value: s.id, label: describeSentence(s) }))}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="personId"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('appeals.fields.appellant')}
                    clearable
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value ?? null)}
                    data={persons.map((p) => ({ value: p.id, label: p.displayName }))}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="bodyId"
                render={({ field, fieldState }) => (
                  <EntityPicker
                    ref={field.ref}
                    name={field.name}
                    label={t('appeals.fields.body')}
                    description={t('appeals.fields.bodyHint')}
                    value={body}
                    onChange={(option) => {
                      setBody(option);
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
                label={t('appeals.fields.bodyName')}
                description={t('appeals.fields.bodyNameHint')}
                error={form.formState.errors.bodyName?.message}
                {...form.register('bodyName', { setValueAs: nullIfEmpty })}
              />
              <ImpreciseDateField control={form.control} name="filedOn" label={t('appeals.fields.filedOn')} />
              <Controller
                control={form.control}
                name="deadline"
                render={({ field, fieldState }) => (
                  <Stack gap={4}>
                    <TextInput
                      ref={field.ref}
                      name={field.name}
                      type="date"
                      min="1900-01-01"
                      max="2100-12-31"
                      label={t('appeals.fields.deadline')}
                      description={t('appeals.fields.deadlineHint')}
                      value={field.value ?? ''}
                      onChange={(event) => field.onChange(event.currentTarget.value || null)}
                      onBlur={field.onBlur}
                      error={fieldState.error?.message}
                    />
                    {preview ? (
                      <DeadlineCountdown
                        days={preview.daysUntilDeadline}
                        overdue={preview.overdue}
                        size="xs"
                      />
                    ) : null}
                  </Stack>
                )}
              />
              <ImpreciseDateField
                control={form.control}
                name="decisionOn"
                label={t('appeals.fields.decisionOn')}
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
              label={t('appeals.fields.resultingChange')}
              description={t('appeals.fields.resultingChangeHint')}
              autosize
              minRows={2}
              error={form.formState.errors.resultingChange?.message}
              {...form.register('resultingChange', { setValueAs: nullIfEmpty })}
            />
            <Textarea
              label={t('appeals.fields.notes')}
              autosize
              minRows={2}
              error={form.formState.errors.notes?.message}
              {...form.register('notes', { setValueAs: nullIfEmpty })}
            />
            <ModalFormButtons
              onCancel={onClose}
              pending={saving.pending}
              submitLabel={record ? t('common.save') : t('appeals.addConfirm')}
            />
          </Stack>
        </form>
      </Modal>
      <ModalConflict
        record={record}
        saving={saving}
        toInput={appealToInput}
        fields={conflictFields}
        onDiscarded={() => {
          refresh();
          notify.success(t('conflict.discarded'));
          onClose();
        }}
      />
    </>
  );
}
