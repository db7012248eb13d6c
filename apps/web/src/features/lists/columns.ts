import { useLocalStorage } from '@mantine/hooks';
import type { ReactNode } from 'react';

export interface DataColumn<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The list endpoint's sort key: makes the header a sort button. */
  sortKey?: string;
  /** False for the column that names the row (always shown). Default true. */
  hideable?: boolean;
  /** Hidden until the user chooses it. */
  defaultHidden?: boolean;
  /** The cell that names the row becomes a row header (`<th scope="row">`) for screen readers. */
  rowHeader?: boolean;
  width?: number | string;
}

const NO_CHOICES: Record<string, boolean> = {};

/** localStorage key of a table's chosen columns. */
export function columnsStorageKey(tableId: string): string {
  return `habeas.columns.${tableId}`;
}

/**
 * Which columns of a table are shown, remembered on this device per table. Stores only the user's
 * choices ({ region: false }), so a column added later appears with its default.
 */
export function useColumnVisibility<T>(tableId: string, columns: readonly DataColumn<T>[]) {
  const [choices, setChoices] = useLocalStorage<Record<string, boolean>>({
    key: columnsStorageKey(tableId),
    defaultValue: NO_CHOICES,
    getInitialValueInEffect: false,
  });
  const isVisible = (column: DataColumn<T>) =>
    column.hideable === false || (choices[column.id] ?? !column.defaultHidden);
  return {
    visible: columns.filter(isVisible),
    isVisible,
    setVisible: (id: string, visible: boolean) => setChoices((current) => ({ ...current, [id]: visible })),
    /** Shows exactly these of the optional columns. */
    setVisibleIds: (ids: readonly string[]) =>
      setChoices((current) => ({
        ...current,
        ...Object.fromEntries(
          columns.filter((c) => c.hideable !== false).map((c) => [c.id, ids.includes(c.id)]),
        ),
      })),
    reset: () => setChoices({}),
  };
}
