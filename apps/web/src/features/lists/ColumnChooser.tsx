import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DataColumn } from './columns';

export interface ColumnChooserProps<T> {
  columns: readonly DataColumn<T>[];
  isVisible: (column: DataColumn<T>) => boolean;
  setVisibleIds: (ids: readonly string[]) => void;
  reset: () => void;
}

/** "Columns" button with a checkbox per optional column; the choice is remembered on this device. */
export function ColumnChooser<T>({ columns, isVisible, setVisibleIds, reset }: ColumnChooserProps<T>) {
  const { t } = useTranslation();
  const optional = columns.filter((c) => c.hideable !== false);
  if (optional.length === 0) return null;
  return (
    <Popover position="bottom-end" shadow="md" trapFocus returnFocus withinPortal>
      <Popover.Target>
        <Button variant="outline" leftSection={<IconColumns size={16} aria-hidden />}>
          {t('lists.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={t('lists.visibleColumns')}
          value={optional.filter(isVisible).map((c) => c.id)}
          onChange={setVisibleIds}
        >
          <Stack gap="xs" mt="xs">
            {optional.map((column) => (
              <Checkbox key={column.id} value={column.id} label={column.header} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Button variant="subtle" size="xs" mt="sm" onClick={reset}>
          {t('lists.defaultColumns')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
