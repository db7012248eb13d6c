import type { SavedSearch } from '@habeas/shared';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Delete the saved search X?" (saved searches are deleted for good; the audit trail keeps a copy). */
export function ConfirmDeleteSavedSearch({
  search,
  onCancel,
  onConfirm,
  deleting,
}: {
  search: SavedSearch | null;
  onCancel: () => void;
  onConfirm: (search: SavedSearch) => void;
  deleting: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={search !== null}
      onClose={onCancel}
      title={t('savedSearches.confirmDeleteTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text>{t('savedSearches.confirmDelete', { name: search?.name ?? '' })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="outline" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            leftSection={<IconTrash size={18} aria-hidden />}
            loading={deleting}
            onClick={() => search && onConfirm(search)}
          >
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
