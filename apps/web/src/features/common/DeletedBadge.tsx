import { Badge, type MantineSize } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Deleted" beside a soft-deleted record's name, in lists and on its page (a word, not a colour alone). */
export function DeletedBadge({ size }: { size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Badge size={size} variant="outline" color="red.9" leftSection={<IconTrash size={12} aria-hidden />}>
      {t('common.deleted')}
    </Badge>
  );
}
