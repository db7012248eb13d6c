import type { DataTableProps } from './DataTable';
import type { FilterSchemas } from './list-state';
import type { UseListState } from './use-list-state';

/** What a list page's query hook gives the table (TanStack Query's result, narrowed). */
export interface ListQueryResult {
  data?: { total: number };
  isPending: boolean;
  isPlaceholderData: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The DataTable props every list page wires the same way: sort, paging and loading from the URL
 * list state and the page's query. Spread it and add what is the page's own (columns, rows,
 * toolbar, empty state): `<DataTable {...listTableBinding(list, query)} id=… columns=… />`.
 */
export function listTableBinding<S extends string, F extends FilterSchemas>(
  list: UseListState<S, F>,
  query: ListQueryResult,
): Pick<
  DataTableProps<unknown>,
  | 'total'
  | 'sort'
  | 'order'
  | 'onSortChange'
  | 'page'
  | 'pageSize'
  | 'onPageChange'
  | 'onPageSizeChange'
  | 'loading'
  | 'refreshing'
  | 'error'
  | 'onRetry'
> {
  return {
    total: query.data?.total,
    sort: list.state.sort,
    order: list.state.order,
    onSortChange: (sort) => list.toggleSort(sort as S),
    page: list.state.page,
    pageSize: list.state.pageSize,
    onPageChange: list.setPage,
    onPageSizeChange: list.setPageSize,
    loading: query.isPending,
    refreshing: query.isPlaceholderData,
    error: query.error,
    onRetry: () => void query.refetch(),
  };
}
