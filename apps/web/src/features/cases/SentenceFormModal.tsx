import {
  type CasePersonRef,
  type CreateSentenceInput,
  CreateSentenceInputSchema,
  expectedSentenceEnd,
  type ImpreciseDate,
  type Sentence,
  SentenceKindSchema,
  SentenceSchema,
} from '@habeas/shared';
import {
  Alert,
  Fieldset,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import { useState } from 'react';
import { type Control, Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/use-session';
import { type ConflictField } from '../forms/ConflictDialog';
import { ConfidentialitySelect } from '../forms/confidentiality';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import { FormErrorAlert } from '../forms/FormErrorAlert';
import { ImpreciseDateField, isUnreadableDate } from '../forms/ImpreciseDateInput';
import { useServerErrors } from '../forms/use-server-errors';
import { useZodForm } from '../forms/use-zod-form';
import { useNotify, useRefreshCase } from './case-actions';
import { createSentence, updateSentence } from './cases-api';
import { ModalConflict, ModalFormButtons } from './ModalFormEnd';
import { pickerKeys, searchOrganisationsOfType } from './pickers';
import { formatTerm } from './term';
import { useCaseLabels } from './use-case-labels';
import { useSentenceSummary } from './use-sentence-summary';
import { useVersionedSave } from './versioned-save';

type SentenceValues = CreateSentenceInput;
/** The form's values before parsing (term parts may still be missing: the schema defaults them to 0). */
type SentenceFormInput = z.input<typeof CreateSentenceInputSchema>;

function sentenceToInput(s: Sentence): SentenceValues {
  return {
    personId: s.person.id,
    verdictOn: s.verdictOn,
    courtId: s.court?.id ?? null,
    outcome: s.outcome,
    kind: s.kind,
    termYears: s.termYears,
    termMonths: s.termMonths,
    termDays: s.termDays,
    fineAmount: s.fineAmount,
    fineCurrency: s.fineCurrency,
    regime: s.regime,
    startedOn: s.startedOn,
    actualReleaseOn: s.actualReleaseOn,
    supersedesId: s.supersedesId,
    notes: s.notes,
    confidentiality: s.confidentiality,
  };
}

const nullIfEmpty = (v: unknown) => (v === '' ? null : v);

function TermInput({
  control,
  name,
  label,
  max,
}: {
  control: Control<SentenceFormInput, unknown, SentenceValues>;
  name: 'termYears' | 'termMonths' | 'termDays';
  label: string;
  max: number;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <NumberInput
          ref={field.ref}
          name={field.name}
          label={label}
          min={0}
          max={max}
          allowDecimal={false}
          allowNegative={false}
          value={(field.value as number | undefined) ?? 0}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number(value) || 0)}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

export interface SentenceFormModalProps {
  caseId: string;
  record?: Sentence;
  defendants: CasePersonRef[];
  otherSentences: Sentence[];
  onClose: () => void;
}

/**
 * Add or edit a verdict and its sentence: the term in years, months and days, the regime, and
 * dates that may be vague. The expected release is derived (start + term) and previewed, never typed.
 */
export function SentenceFormModal({
  caseId,
  record,
  defendants,
  otherSentences,
  onClose,
}: SentenceFormModalProps) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormatters();
  const summary = useSentenceSummary();
  const user = useCurrentUser();
  const refresh = useRefreshCase(caseId);
  const notify = useNotify();
  const [court, setCourt] = useState<EntityOption | null>(
    record?.court ? { id: record.court.id, label: record.court.name } : null,
  );
  const form = useZodForm(CreateSentenceInputSchema, {
    defaultValues: record
      ? sentenceToInput(record)
      : {
          personId: defendants.length === 1 ? (defendants[0]?.id ?? '') : '',
          verdictOn: null,
          courtId: null,
          outcome: null,
          kind: 'imprisonment',
          termYears: 0,
          termMonths: 0,
          termDays: 0,
          fineAmount: null,
          fineCurrency: null,
          regime: null,
          startedOn: null,
          actualReleaseOn: null,
          supersedesId: null,
          notes: null,
          confidentiality: 'internal',
        },
  });
  const { formError, handleError, clearFormError } = useServerErrors(form);
  const saving = useVersionedSave<Sentence, SentenceValues>({
    record,
    toInput: sentenceToInput,
    schema: SentenceSchema,
    create: (input) => createSentence(caseId, input),
    update: (id, changes, version) => updateSentence(id, { ...changes, version }),
    onSaved: (s, created) => {
      refresh();
      notify.success(
        t(created ? 'cases.sentences.created' : 'cases.sentences.saved', { name: s.person.displayName }),
      );
      onClose();
    },
    onError: handleError,
    onNoChanges: onClose,
  });

  const [kind, startedOn, termYears, termMonths, termDays] = form.watch([
    'kind',
    'startedOn',
    'termYears',
    'termMonths',
    'termDays',
  ]);
  const start = startedOn && !isUnreadableDate(startedOn) ? (startedOn as ImpreciseDate) : null;
  const term = { years: termYears ?? 0, months: termMonths ?? 0, days: termDays ?? 0 };
  const expected = expectedSentenceEnd(start, term);

  const submit = form.handleSubmit(async (values) => {
    clearFormError();
    await saving.save(values);
  });

  const dateField = (v: unknown) => format.impreciseDate(v as ImpreciseDate);
  const conflictFields: ConflictField[] = [
    {
      key: 'personId',
      label: t('cases.sentences.person'),
      format: (v) => defendants.find((d) => d.id === v)?.displayName ?? String(v),
    },
    { key: 'verdictOn', label: t('cases.sentences.verdictOn'), format: dateField },
    {
      key: 'courtId',
      label: t('cases.sentences.court'),
      format: (v) => (court && v === court.id ? court.label : String(v)),
    },
    { key: 'outcome', label: t('cases.sentences.outcome') },
    {
      key: 'kind',
      label: t('cases.sentences.kind'),
      format: (v) => labels.sentenceKind(v as Sentence['kind']),
    },
    { key: 'termYears', label: t('cases.sentences.termYears') },
    { key: 'termMonths', label: t('cases.sentences.termMonths') },
    { key: 'termDays', label: t('cases.sentences.termDays') },
    { key: 'fineAmount', label: t('cases.sentences.fineAmount') },
    { key: 'fineCurrency', label: t('cases.sentences.fineCurrency') },
    { key: 'regime', label: t('cases.sentences.regime') },
    { key: 'startedOn', label: t('cases.sentences.startedOn'), format: dateField },
    { key: 'actualReleaseOn', label: t('cases.sentences.actualReleaseOn'), format: dateField },
    { key: 'notes', label: t('cases.sentences.notes') },
    {
      key: 'confidentiality',
      label: t('confidentiality.label'),
      format: (v) => t(`confidentiality.level.${v as Sentence['confidentiality']}`),
    },
  ];

  return (
    <>
      <Modal
        opened
        onClose={onClose}
        title={record ? t('cases.sentences.editTitle') : t('cases.sentences.addTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        size="xl"
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <FormErrorAlert error={formError} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Controller
                control={form.control}
                name="personId"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('cases.sentences.person')}
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
                name="kind"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('cases.sentences.kind')}
                    required
                    allowDeselect={false}
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value ?? undefined)}
                    data={SentenceKindSchema.options.map((value) => ({
                      value,
                      label: labels.sentenceKind(value),
                    }))}
                    error={fieldState.error?.message}
                  />
                )}
              />
            </SimpleGrid>
            <Fieldset legend={t('cases.sentences.verdict')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <ImpreciseDateField
                  control={form.control}
                  name="verdictOn"
                  label={t('cases.sentences.verdictOn')}
                />
                <Controller
                  control={form.control}
                  name="courtId"
                  render={({ field, fieldState }) => (
                    <EntityPicker
                      ref={field.ref}
                      name={field.name}
                      label={t('cases.sentences.court')}
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
              </SimpleGrid>
              <TextInput
                mt="md"
                label={t('cases.sentences.outcome')}
                description={t('cases.sentences.outcomeHint')}
                error={form.formState.errors.outcome?.message}
                {...form.register('outcome', { setValueAs: nullIfEmpty })}
              />
            </Fieldset>
            <Fieldset legend={t('cases.sentences.term')}>
              <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
                <TermInput
                  control={form.control}
                  name="termYears"
                  label={t('cases.sentences.termYears')}
                  max={99}
                />
                <TermInput
                  control={form.control}
                  name="termMonths"
                  label={t('cases.sentences.termMonths')}
                  max={1199}
                />
                <TermInput
                  control={form.control}
                  name="termDays"
                  label={t('cases.sentences.termDays')}
                  max={36_500}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="md">
                <TextInput
                  label={t('cases.sentences.regime')}
                  description={t('cases.sentences.regimeHint')}
                  error={form.formState.errors.regime?.message}
                  {...form.register('regime', { setValueAs: nullIfEmpty })}
                />
                {kind === 'fine' ? (
                  <Group grow align="flex-start" gap="sm">
                    <Controller
                      control={form.control}
                      name="fineAmount"
                      render={({ field, fieldState }) => (
                        <NumberInput
                          ref={field.ref}
                          name={field.name}
                          label={t('cases.sentences.fineAmount')}
                          min={0}
                          decimalScale={2}
                          value={field.value ?? ''}
                          onChange={(value) => field.onChange(value === '' ? null : Number(value))}
                          error={fieldState.error?.message}
                        />
                      )}
                    />
                    <TextInput
                      label={t('cases.sentences.fineCurrency')}
                      placeholder="KZT"
                      maxLength={3}
                      error={form.formState.errors.fineCurrency?.message}
                      {...form.register('fineCurrency', {
                        setValueAs: (v) => (v === '' || v === null ? null : String(v).toUpperCase()),
                      })}
                    />
                  </Group>
                ) : null}
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend={t('cases.sentences.serving')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <ImpreciseDateField
                  control={form.control}
                  name="startedOn"
                  label={t('cases.sentences.startedOn')}
                />
                <ImpreciseDateField
                  control={form.control}
                  name="actualReleaseOn"
                  label={t('cases.sentences.actualReleaseOn')}
                />
              </SimpleGrid>
              <Alert
                mt="md"
                variant="light"
                color="habeas"
                icon={<IconCalculator aria-hidden />}
                aria-live="polite"
              >
                {expected
                  ? t('cases.sentences.expectedPreview', {
                      date: format.impreciseDate(expected),
                      term: formatTerm(term, format.language) ?? '',
                    })
                  : t('cases.sentences.expectedMissing')}
              </Alert>
            </Fieldset>
            {otherSentences.length > 0 ? (
              <Controller
                control={form.control}
                name="supersedesId"
                render={({ field, fieldState }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    label={t('cases.sentences.supersedes')}
                    description={t('cases.sentences.supersedesHint')}
                    clearable
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value ?? null)}
                    data={otherSentences.map((s) => ({
                      value: s.id,
                      label: `${s.person.displayName}: ${summary(s)}`,
                    }))}
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
              label={t('cases.sentences.notes')}
              autosize
              minRows={2}
              error={form.formState.errors.notes?.message}
              {...form.register('notes', { setValueAs: nullIfEmpty })}
            />
            <ModalFormButtons
              onCancel={onClose}
              pending={saving.pending}
              submitLabel={record ? t('common.save') : t('cases.sentences.addConfirm')}
            />
          </Stack>
        </form>
      </Modal>
      <ModalConflict
        record={record}
        saving={saving}
        toInput={sentenceToInput}
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
