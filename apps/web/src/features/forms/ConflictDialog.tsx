import { Alert, Button, Group, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconArrowsDiff, IconCheck, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sameValue } from './conflict';

export interface ConflictField {
  key: string;
  label: string;
  /** How a value of this field reads; defaults to its text, or "empty". */
  format?: (value: unknown) => ReactNode;
}

export interface ConflictDialogProps {
  opened: boolean;
  /** Closing (Escape, the X) keeps the form as it is, unsaved. */
  onClose: () => void;
  /** The record as the user read it, in the form's shape. */
  base: Record<string, unknown>;
  /** Their version now (`details.current`, in the form's shape); null if it can no longer be seen. */
  current: Record<string, unknown> | null;
  /** The fields the user changed, with the values they entered. */
  changes: Record<string, unknown>;
  fields: readonly ConflictField[];
  /** Save the user's changes on top of their version (the same changes, the new version number). */
  onApply: () => void;
  /** Drop the user's changes and show their version. */
  onDiscard: () => void;
  applying?: boolean;
}

/**
 * Shown on 409 VERSION_CONFLICT, so two people editing one record never overwrite each other
 * silently: the user sees what changed since they opened the record beside what they changed, then
 * either re-applies their changes on top of the current version or discards them.
 */
export function ConflictDialog({
  opened,
  onClose,
  base,
  current,
  changes,
  fields,
  onApply,
  onDiscard,
  applying = false,
}: ConflictDialogProps) {
  const { t } = useTranslation();
  const show = (field: ConflictField, value: unknown): ReactNode => {
    if (
      value === null ||
      value === undefined ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    ) {
      return (
        <Text span fs="italic">
          {t('conflict.empty')}
        </Text>
      );
    }
    return field.format ? field.format(value) : String(value);
  };

  const rows = current
    ? fields.filter((f) => f.key in changes || !sameValue(base[f.key], current[f.key]))
    : fields.filter((f) => f.key in changes);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('conflict.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Alert color="orange.9" variant="outline" icon={<IconAlertTriangle aria-hidden />}>
          {current ? t('conflict.explanation') : t('conflict.gone')}
        </Alert>
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder layout="fixed">
            <Table.Caption>{t('conflict.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="22%">
                  {t('conflict.field')}
                </Table.Th>
                <Table.Th scope="col">{t('conflict.theirs')}</Table.Th>
                <Table.Th scope="col">{t('conflict.yours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((field) => {
                const mine = field.key in changes;
                const theirsChanged = current ? !sameValue(base[field.key], current[field.key]) : false;
                const both = mine && theirsChanged && !sameValue(changes[field.key], current?.[field.key]);
                return (
                  <Table.Tr key={field.key}>
                    <Table.Th scope="row">
                      {field.label}
                      {both ? (
                        <Group gap={4} mt={4} wrap="nowrap">
                          <IconArrowsDiff size={14} aria-hidden />
                          <Text span size="xs" fw={700}>
                            {t('conflict.changedByBoth')}
                          </Text>
                        </Group>
                      ) : null}
                    </Table.Th>
                    <Table.Td>
                      {current ? (
                        show(field, current[field.key])
                      ) : (
                        <Text span fs="italic">
                          {t('conflict.hidden')}
                        </Text>
                      )}
                      {theirsChanged ? (
                        <Text size="xs" mt={4}>
                          {t('conflict.changedSince')}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {mine ? (
                        show(field, changes[field.key])
                      ) : (
                        <Text span fs="italic">
                          {t('conflict.notChangedByYou')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Text size="sm">{current ? t('conflict.applyHint') : t('conflict.discardHint')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="outline" leftSection={<IconX size={16} aria-hidden />} onClick={onDiscard}>
            {t('conflict.discard')}
          </Button>
          {current ? (
            <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={onApply} loading={applying}>
              {t('conflict.apply')}
            </Button>
          ) : null}
        </Group>
        <VisuallyHidden>{t('conflict.escapeHint')}</VisuallyHidden>
      </Stack>
    </Modal>
  );
}
