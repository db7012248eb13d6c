import {
  Group,
  NativeSelect,
  Pagination,
  Skeleton,
  Stack,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { ColumnChooser } from './ColumnChooser';
import { type DataColumn, useColumnVisibility } from './columns';
import classes from './DataTable.module.css';
import { DEFAULT_PAGE_SIZES, type SortOrder } from './list-state';

export interface DataTableProps<T> {
  /** Names the table for the remembered column choice ("organisations"). */
  id: string;
  /** The table's accessible name (a visually hidden caption). */
  caption: string;
  columns: readonly DataColumn<T>[];
  /** Undefined until the first answer. */
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  total?: number;
  sort?: string;
  order?: SortOrder;
  onSortChange?: (sortKey: string) => void;
  page: number;
  pageSize: number;
  pageSizes?: readonly number[];
  onPageChange: (page: number) => void;
  onPageSizeChange?: (pageSize: number) => void;
  /** First load: skeleton rows. */
  loading?: boolean;
  /** A newer page or sort is on its way while the previous rows are shown. */
  refreshing?: boolean;
  error?: unknown;
  errorTitle?: string;
  onRetry?: () => void;
  /** Shown when there are no rows (say whether nothing exists or nothing matches). */
  empty?: ReactNode;
  /** Search box and filters, left of the column chooser. */
  toolbar?: ReactNode;
}

function ariaSort(sorted: boolean, order: SortOrder | undefined): 'ascending' | 'descending' | undefined {
  if (!sorted) return undefined;
  return order === 'desc' ? 'descending' : 'ascending';
}

/**
 * The list table every feature uses: sortable headers (buttons in `<th aria-sort>`), pagination
 * with a page-size choice, a column chooser remembered per table, a skeleton while loading, and the
 * empty and error states. Data fetching stays with the page (see useListState and toApiQuery).
 */
export function DataTable<T>({
  id,
  caption,
  columns,
  rows,
  rowKey,
  total = 0,
  sort,
  order,
  onSortChange,
  page,
  pageSize,
  pageSizes = DEFAULT_PAGE_SIZES,
  onPageChange,
  onPageSizeChange,
  loading = false,
  refreshing = false,
  error,
  errorTitle,
  onRetry,
  empty,
  toolbar,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chooser = useColumnVisibility(id, columns);
  const visible = chooser.visible;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));

  // A shared link or a deletion can leave the page past the end: go to the last page.
  useEffect(() => {
    if (!loading && rows && rows.length === 0 && total > 0 && page > lastPage) onPageChange(lastPage);
  }, [loading, rows, total, page, lastPage, onPageChange]);

  const header = (
    <Table.Thead>
      <Table.Tr>
        {visible.map((column) => {
          const sortable = Boolean(column.sortKey && onSortChange);
          const sorted = sortable && column.sortKey === sort;
          const SortIcon = sorted ? (order === 'desc' ? IconArrowDown : IconArrowUp) : IconArrowsSort;
          return (
            <Table.Th key={column.id} scope="col" w={column.width} aria-sort={ariaSort(sorted, order)}>
              {sortable ? (
                <UnstyledButton
                  className={classes.sortButton}
                  onClick={() => onSortChange?.(column.sortKey as string)}
                  title={t('lists.sortBy', { column: column.header })}
                >
                  {column.header}
                  <SortIcon size={14} aria-hidden stroke={sorted ? 2.4 : 1.4} />
                </UnstyledButton>
              ) : (
                column.header
              )}
            </Table.Th>
          );
        })}
      </Table.Tr>
    </Table.Thead>
  );

  let body: ReactNode;
  if (loading && !rows) {
    body = (
      <Table aria-busy="true">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        {header}
        <Table.Tbody>
          {Array.from({ length: Math.min(pageSize, 8) }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows never reorder
            <Table.Tr key={i}>
              {visible.map((column) => (
                <Table.Td key={column.id}>
                  <Skeleton height={14} width={`${60 + ((i * 7) % 30)}%`} aria-hidden />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  } else if (error && !rows) {
    body = <ErrorState title={errorTitle} error={error} onRetry={onRetry} />;
  } else if (rows && rows.length === 0 && !(total > 0)) {
    body = empty ?? <EmptyState />;
  } else {
    body = (
      <Table.ScrollContainer minWidth={640}>
        <Table
          highlightOnHover
          verticalSpacing="sm"
          aria-busy={refreshing ? 'true' : undefined}
          className={refreshing ? classes.refreshing : undefined}
        >
          <VisuallyHidden component="caption">{caption}</VisuallyHidden>
          {header}
          <Table.Tbody>
            {(rows ?? []).map((row) => (
              <Table.Tr key={rowKey(row)}>
                {visible.map((column) =>
                  column.rowHeader ? (
                    <Table.Th key={column.id} scope="row" fw={400}>
                      {column.cell(row)}
                    </Table.Th>
                  ) : (
                    <Table.Td key={column.id}>{column.cell(row)}</Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Group align="flex-end" gap="sm" wrap="wrap" style={{ flex: 1 }}>
          {toolbar}
        </Group>
        <ColumnChooser columns={columns} {...chooser} />
      </Group>
      {loading && !rows ? <VisuallyHidden role="status">{t('common.loading')}</VisuallyHidden> : null}
      {body}
      {rows && total > 0 ? (
        <Group justify="space-between" align="center" gap="md" wrap="wrap">
          <Text size="sm" role="status">
            {t('lists.showing', {
              from: format.number(from),
              to: format.number(to),
              total: format.number(total),
            })}
          </Text>
          <Group gap="md" wrap="wrap">
            {onPageSizeChange ? (
              <NativeSelect
                label={t('lists.pageSize')}
                size="xs"
                value={String(pageSize)}
                onChange={(event) => onPageSizeChange(Number(event.currentTarget.value))}
                data={pageSizes.map((size) => String(size))}
                styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 } }}
              />
            ) : null}
            {lastPage > 1 ? (
              <nav aria-label={t('lists.pagination')}>
                <Pagination
                  total={lastPage}
                  value={Math.min(page, lastPage)}
                  onChange={onPageChange}
                  size="sm"
                  siblings={1}
                  getItemProps={(p) => ({
                    'aria-label': t('lists.page', { page: p }),
                    'aria-current': p === page ? 'page' : undefined,
                  })}
                  getControlProps={(control) => ({ 'aria-label': t(`lists.${control}Page`) })}
                />
              </nav>
            ) : null}
          </Group>
        </Group>
      ) : null}
    </Stack>
  );
}
