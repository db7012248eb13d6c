import {
  type CasePersonRef,
  type Charge,
  ChargeSchema,
  ChargeStatusSchema,
  type CreateChargeInput,
  CreateChargeInputSchema,
} from '@habeas/shared';
import { Modal, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
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
import { createCharge, updateCharge } from './cases-api';
import { ModalConflict, ModalFormButtons } from './ModalFormEnd';
import { pickerKeys, searchProvisionOptions } from './pickers';
import { useCaseLabels } from './use-case-labels';
import { useVersionedSave } from './versioned-save';

function chargeToInput(c: Charge): CreateChargeInput {
  return {
    personId: c.person.id,
    legalProvisionId: c.provision.id,
    filedOn: c.filedOn,
    status: c.status,
    reclassifiedToId: c.reclassifiedToId,
    notes: c.notes,
    confidentiality: c.confidentiality,
  };
}

export interface ChargeFormModalProps {
  caseId: string;
  record?: Charge;
  /** The defendant chosen beforehand ("Add charge" next to their name). */
  person?: CasePersonRef;
  defendants: CasePersonRef[];
  /** Charges a reclassified one may point to. */
  otherCharges: Charge[];
  onClose: () => void;
}

/** Add or edit a charge: a defendant, a provision of the catalogue, the date filed, the status. */
export function ChargeFormModal({
  caseId,
  record,
  person,
  defendants,
  otherCharges,
  onClose,
}: ChargeFormModalProps) {
  const { t, i18n } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormatters();
  const user = useCurrentUser();
  const refresh = useRefreshCase(caseId);
  const notify = useNotify();
  const [provision, setProvision] = useState<EntityOption | null>(
    record ? { id: record.provision.id, label: record.provision.label } : null,
  );
  const form = useZodForm(CreateChargeInputSchema, {
    defaultValues: record
      ? chargeToInput(record)
      : {
          personId: person?.id ?? (defendants.length === 1 ? defendants[0]?.id : undefined) ?? '',
          legalProvisionId: undefined as unknown as string,
          filedOn: null,
          status: 'pending',
          reclassifiedToId: null,
          notes: null,
          confidentiality: 'internal',
        },
  });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const saving = useVersionedSave<Charge, CreateChargeInput>({
    record,
    toInput: chargeToInput,
    schema: ChargeSchema,
    create: (input) => createCharge(caseId, input),
    update: (id, changes, version) => updateCharge(id, { ...changes, version }),
    onSaved: (charge, created) => {
      refresh();
      notify.success(
        t(created ? 'cases.charges.created' : 'cases.charges.saved', { label: charge.provision.label }),
      );
      onClose();
    },
    onError: handleError,
    onNoChanges: onClose,
  });
  const status = form.watch('status');

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    await saving.save(values);
  });

  const chargeName = (id: string) => {
    const c = otherCharges.find((x) => x.id === id) ?? (record?.id === id ? record : undefined);
    return c ? `${c.person.displayName}: ${c.provision.label}` : id;
  };
  const conflictFields: ConflictField[] = [
    {
      key: 'personId',
      label: t('cases.charges.defendant'),
      format: (v) => defendants.find((d) => d.id === v)?.displayName ?? String(v),
    },
    {
      key: 'legalProvisionId',
      label: t('cases.charges.provision'),
      format: (v) =>
        provision && v === provision.id
          ? provision.label
          : v === record?.provision.id
            ? record?.provision.label
            : String(v),
    },
    {
      key: 'filedOn',
      label: t('cases.charges.filedOn'),
      format: (v) => format.impreciseDate(v as NonNullable<Charge['filedOn']>),
    },
    {
      key: 'status',
      label: t('cases.charges.status'),
      format: (v) => labels.chargeStatus(v as Charge['status']),
    },
    {
      key: 'reclassifiedToId',
      label: t('cases.charges.reclassifiedTo'),
      format: (v) => chargeName(v as string),
    },
    { key: 'notes', label: t('cases.charges.notes') },
    {
      key: 'confidentiality',
      label: t('confidentiality.label'),
      format: (v) => t(`confidentiality.level.${v as Charge['confidentiality']}`),
    },
  ];

  return (
    <>
      <Modal
        opened
        onClose={onClose}
        title={record ? t('cases.charges.editTitle') : t('cases.charges.addTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="lg"
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormErrorAlert error={formError} />
            <Controller
              control={form.control}
              name="personId"
              render={({ field, fieldState }) => (
                <Select
                  ref={field.ref}
                  name={field.name}
                  label={t('cases.charges.defendant')}
                  description={t('cases.charges.defendantHint')}
                  required
                  allowDeselect={false}
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  data={defendants.map((d) => ({ value: d.id, label: d.displayName }))}
                  error={fieldState.error?.message}
                />
              )}
            />
            <Controller
              control={form.control}
              name="legalProvisionId"
              render={({ field, fieldState }) => (
                <EntityPicker
                  ref={field.ref}
                  name={field.name}
                  label={t('cases.charges.provision')}
                  description={t('cases.charges.provisionHint')}
                  withAsterisk
                  value={provision}
                  onChange={(option) => {
                    setProvision(option);
                    field.onChange(option?.id ?? undefined);
                  }}
                  onBlur={field.onBlur}
                  queryKey={[...pickerKeys.provisions, i18n.language]}
                  search={(q, signal) => searchProvisionOptions(q, signal, i18n.language)}
                  error={fieldState.error?.message}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <ImpreciseDateField control={form.control} name="filedOn" label={t('cases.charges.filedOn')} />
              <Controller
                control={form.control}
                name="status"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('cases.charges.status')}
                    required
                    allowDeselect={false}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value ?? undefined)}
                    data={ChargeStatusSchema.options.map((value) => ({
                      value,
                      label: labels.chargeStatus(value),
                    }))}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </SimpleGrid>
            {status === 'reclassified' && otherCharges.length > 0 ? (
              <Controller
                control={form.control}
                name="reclassifiedToId"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('cases.charges.reclassifiedTo')}
                    clearable
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value ?? null)}
                    data={otherCharges.map((c) => ({ value: c.id, label: chargeName(c.id) }))}
                    error={fieldState.error?.message}
                  />
                )}
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
                  error={fieldState.error?.message}
                />
              )}
            />
            <Textarea
              label={t('cases.charges.notes')}
              autosize
              minRows={2}
              error={form.formState.errors.notes?.message}
              {...form.register('notes', { setValueAs: (v) => (v === '' ? null : v) })}
            />
            <ModalFormButtons
              onCancel={onClose}
              pending={saving.pending}
              submitLabel={record ? t('common.save') : t('cases.charges.addConfirm')}
            />
          </Stack>
        </form>
      </Modal>
      <ModalConflict
        record={record}
        saving={saving}
        toInput={chargeToInput}
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
