import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictDialog, type ConflictField } from '../forms/ConflictDialog';
import type { useVersionedSave } from './versioned-save';

/**
 * The end of every proceeding form (charge, hearing, sentence, appeal): Cancel / Save buttons,
 * and the conflict dialog a 409 opens. One place, so the four modals behave alike.
 */
export function ModalFormButtons({
  onCancel,
  pending,
  submitLabel,
}: {
  onCancel: () => void;
  pending: boolean;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="outline" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}

export function ModalConflict<R extends { id: string; version: number }, I extends Record<string, unknown>>({
  record,
  saving,
  toInput,
  fields,
  onDiscarded,
}: {
  record: R | undefined;
  saving: ReturnType<typeof useVersionedSave<R, I>>;
  toInput: (record: R) => I;
  fields: ConflictField[];
  /** After "keep their version": reload what the page shows and close the form. */
  onDiscarded: () => void;
}) {
  if (!record || !saving.conflict) return null;
  return (
    <ConflictDialog
      opened
      onClose={saving.dismissConflict}
      base={toInput(record)}
      current={saving.conflict.current ? toInput(saving.conflict.current) : null}
      changes={saving.conflict.changes}
      fields={fields}
      applying={saving.pending}
      onApply={saving.applyOnTheirs}
      onDiscard={() => {
        saving.dismissConflict();
        onDiscarded();
      }}
    />
  );
}
