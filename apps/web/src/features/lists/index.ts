/**
 * The list toolkit: URL-synced state (search, filters, sort, paging), a debounced search box and
 * the DataTable (sortable headers, pagination, column chooser, loading / empty / error states).
 * A list page: `defineList` at module level, `useListState`, a query keyed by `apiQuery`, then
 * <DataTable toolbar={<SearchBox/> + filters} />. See features/organisations for the pattern.
 */
export { ColumnChooser } from './ColumnChooser';
export { columnsStorageKey, type DataColumn, useColumnVisibility } from './columns';
export { DataTable, type DataTableProps } from './DataTable';
export {
  FilterSelect,
  type FilterSelectProps,
  ShowDeletedFilter,
  type ShowDeletedFilterProps,
} from './FilterBar';
export {
  clearListState,
  DEFAULT_PAGE_SIZE,
  DEFAULT_PAGE_SIZES,
  defineList,
  type FilterSchemas,
  type FilterValues,
  isFiltered,
  type ListConfig,
  type ListState,
  type ListStatePatch,
  parseListState,
  replaceFilters,
  type SortOrder,
  toApiQuery,
  writeListState,
} from './list-state';
export { SearchBox, type SearchBoxProps } from './SearchBox';
export { type UseListState, useListState } from './use-list-state';
