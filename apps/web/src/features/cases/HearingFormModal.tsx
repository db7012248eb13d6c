import {
  type CreateHearingInput,
  CreateHearingInputSchema,
  type Hearing,
  HearingKindSchema,
  HearingSchema,
} from '@habeas/shared';
import { Checkbox, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/use-session';
import { type ConflictField } from '../forms/ConflictDialog';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { ImpreciseDateField } from '../forms/ImpreciseDateInput';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { useNotify, useRefreshCase } from './case-actions';
import { createHearing, updateHearing } from './cases-api';
import { fromLocalInput, toLocalInput } from './hearing-dates';
import { ModalConflict, ModalFormButtons } from './ModalFormEnd';
import { pickerKeys, searchOrganisationsOfType, searchPersonOptions } from './pickers';
import { useCaseLabels } from './use-case-labels';
import { useVersionedSave } from './versioned-save';

function hearingToInput(h: Hearing): CreateHearingInput {
  return {
    courtId: h.court?.id ?? null,
    judgeId: h.judge?.id ?? null,
    judgeName: h.judgeName,
    kind: h.kind,
    scheduledAt: h.scheduledAt,
    heldOn: h.heldOn,
    isPublic: h.isPublic,
    observersPresent: h.observersPresent,
    outcome: h.outcome,
    confidentiality: h.confidentiality,
  };
}

const PUBLIC_VALUES = { unknown: null, open: true, closed: false } as const;
type PublicKey = keyof typeof PUBLIC_VALUES;
const publicKey = (v: boolean | null | undefined): PublicKey =>
  v === true ? 'open' : v === false ? 'closed' : 'unknown';

/** Add or edit a hearing: when it is scheduled or was held, the court, the judge, the outcome. */
export function HearingFormModal({
  caseId,
  record,
  onClose,
}: {
  caseId: string;
  record?: Hearing;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormatters();
  const user = useCurrentUser();
  const refresh = useRefreshCase(caseId);
  const notify = useNotify();
  const [court, setCourt] = useState<EntityOption | null>(
    record?.court ? { id: record.court.id, label: record.court.name } : null,
  );
  const [judge, setJudge] = useState<EntityOption | null>(
    record?.judge ? { id: record.judge.id, label: record.judge.displayName } : null,
  );
  const form = useZodForm(CreateHearingInputSchema, {
    defaultValues: record
      ? hearingToInput(record)
      : {
          courtId: null,
          judgeId: null,
          judgeName: null,
          kind: 'trial_session',
          scheduledAt: null,
          heldOn: null,
          isPublic: null,
          observersPresent: false,
          outcome: null,
          confidentiality: 'internal',
        },
  });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const saving = useVersionedSave<Hearing, CreateHearingInput>({
    record,
    toInput: hearingToInput,
    schema: HearingSchema,
    create: (input) => createHearing(caseId, input),
    update: (id, changes, version) => updateHearing(id, { ...changes, version }),
    onSaved: (_h, created) => {
      refresh();
      notify.success(t(created ? 'cases.hearings.created' : 'cases.hearings.saved'));
      onClose();
    },
    onError: handleError,
    onNoChanges: onClose,
  });

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    await saving.save(values);
  });

  const publicLabels: Record<PublicKey, string> = {
    unknown: t('common.unknown'),
    open: t('cases.hearings.open'),
    closed: t('cases.hearings.closed'),
  };
  const conflictFields: ConflictField[] = [
    { key: 'kind', label: t('cases.hearings.kind'), format: (v) => labels.hearingKind(v as Hearing['kind']) },
    {
      key: 'scheduledAt',
      label: t('cases.hearings.scheduledAt'),
      format: (v) => format.dateTime(new Date(v as string)),
    },
    {
      key: 'heldOn',
      label: t('cases.hearings.heldOn'),
      format: (v) => format.impreciseDate(v as NonNullable<Hearing['heldOn']>),
    },
    {
      key: 'courtId',
      label: t('cases.hearings.court'),
      format: (v) => (court && v === court.id ? court.label : String(v)),
    },
    {
      key: 'judgeId',
      label: t('cases.hearings.judge'),
      format: (v) => (judge && v === judge.id ? judge.label : String(v)),
    },
    { key: 'judgeName', label: t('cases.hearings.judgeName') },
    {
      key: 'isPublic',
      label: t('cases.hearings.isPublic'),
      format: (v) => publicLabels[publicKey(v as boolean | null)],
    },
    {
      key: 'observersPresent',
      label: t('cases.hearings.observersPresent'),
      format: (v) => (v ? t('common.yes') : t('common.no')),
    },
    { key: 'outcome', label: t('cases.hearings.outcome') },
    {
      key: 'confidentiality',
      label: t('confidentiality.label'),
      format: (v) => t(`confidentiality.level.${v as Hearing['confidentiality']}`),
    },
  ];

  return (
    <>
      <Modal
        opened
        onClose={onClose}
        title={record ? t('cases.hearings.editTitle') : t('cases.hearings.addTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormErrorAlert error={formError} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Controller
                control={form.control}
                name="kind"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('cases.hearings.kind')}
                    required
                    allowDeselect={false}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value ?? undefined)}
                    data={HearingKindSchema.options.map((value) => ({
                      value,
                      label: labels.hearingKind(value),
                    }))}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="scheduledAt"
                render={({ field, fieldState }) => (
                  <TextInput
                    ref={field.ref}
                    name={field.name}
                    type="datetime-local"
                    label={t('cases.hearings.scheduledAt')}
                    description={t('cases.hearings.scheduledAtHint')}
                    value={toLocalInput(field.value)}
                    onChange={(event) => field.onChange(fromLocalInput(event.currentTarget.value))}
                    onBlur={field.onBlur}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <ImpreciseDateField control={form.control} name="heldOn" label={t('cases.hearings.heldOn')} />
              <Controller
                control={form.control}
                name="isPublic"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('cases.hearings.isPublic')}
                    allowDeselect={false}
                    value={publicKey(field.value)}
                    onChange={(value) => field.onChange(PUBLIC_VALUES[(value ?? 'unknown') as PublicKey])}
                    data={(Object.keys(PUBLIC_VALUES) as PublicKey[]).map((value) => ({
                      value,
                      label: publicLabels[value],
                    }))}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="courtId"
                render={({ field, fieldState }) => (
                  <EntityPicker
                    ref={field.ref}
                    name={field.name}
                    label={t('cases.hearings.court')}
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
              <Controller
                control={form.control}
                name="judgeId"
                render={({ field, fieldState }) => (
                  <EntityPicker
                    ref={field.ref}
                    name={field.name}
                    label={t('cases.hearings.judge')}
                    description={t('cases.hearings.judgeHint')}
                    value={judge}
                    onChange={(option) => {
                      setJudge(option);
                      field.onChange(option?.id ?? null);
                    }}
                    onBlur={field.onBlur}
                    queryKey={pickerKeys.persons}
                    search={searchPersonOptions}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <TextInput
                label={t('cases.hearings.judgeName')}
                description={t('cases.hearings.judgeNameHint')}
                error={form.formState.errors.judgeName?.message}
                {...form.register('judgeName', { setValueAs: (v) => (v === '' ? null : v) })}
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
            <Controller
              control={form.control}
              name="observersPresent"
              render={({ field }) => (
                <Checkbox
                  ref={field.ref}
                  name={field.name}
                  label={t('cases.hearings.observersPresent')}
                  checked={field.value ?? false}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                />
              )}
            />
            <Textarea
              label={t('cases.hearings.outcome')}
              autosize
              minRows={2}
              error={form.formState.errors.outcome?.message}
              {...form.register('outcome', { setValueAs: (v) => (v === '' ? null : v) })}
            />
            <ModalFormButtons
              onCancel={onClose}
              pending={saving.pending}
              submitLabel={record ? t('common.save') : t('cases.hearings.addConfirm')}
            />
          </Stack>
        </form>
      </Modal>
      <ModalConflict
        record={record}
        saving={saving}
        toInput={hearingToInput}
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
