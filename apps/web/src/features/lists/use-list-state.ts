import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  clearListState,
  type FilterSchemas,
  isFiltered,
  type ListConfig,
  type ListState,
  type ListStatePatch,
  parseListState,
  type SortOrder,
  toApiQuery,
  writeListState,
} from './list-state';

export interface UseListState<S extends string, F extends FilterSchemas> {
  state: ListState<S, F>;
  /** The state as the list endpoint's query parameters. */
  apiQuery: ReturnType<typeof toApiQuery<S, F>>;
  filtered: boolean;
  update: (patch: ListStatePatch<S, F>, options?: { replace?: boolean }) => void;
  setQ: (q: string) => void;
  setFilter: (name: keyof F & string, value: string | undefined) => void;
  /** A click on a column header: the same column flips the order, another one sorts ascending. */
  toggleSort: (sort: S) => void;
  setSort: (sort: S, order: SortOrder) => void;
  setPage: (page: number) => void;
  setPageSize: (pageSize: number) => void;
  reset: () => void;
}

/**
 * A list page's search, filters, sort and paging, read from and written to the URL. Typing in the
 * search box replaces the history entry (Back does not replay every keystroke); paging, sorting and
 * filtering push one, so Back returns to the previous view. `config` must be stable (module level).
 */
export function useListState<S extends string, F extends FilterSchemas>(
  config: ListConfig<S, F>,
): UseListState<S, F> {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params, config), [params, config]);

  const update = useCallback(
    (patch: ListStatePatch<S, F>, { replace = false }: { replace?: boolean } = {}) => {
      setParams((current) => writeListState(current, patch, config), { replace });
    },
    [setParams, config],
  );

  return useMemo(
    () => ({
      state,
      apiQuery: toApiQuery(state),
      filtered: isFiltered(state),
      update,
      setQ: (q) => update({ q }, { replace: true }),
      setFilter: (name, value) => update({ filters: { [name]: value } as ListStatePatch<S, F>['filters'] }),
      toggleSort: (sort) =>
        update(
          sort === state.sort
            ? { sort, order: state.order === 'asc' ? 'desc' : 'asc' }
            : { sort, order: 'asc' },
        ),
      setSort: (sort, order) => update({ sort, order }),
      setPage: (page) => update({ page }),
      setPageSize: (pageSize) => update({ pageSize }),
      reset: () => setParams((current) => clearListState(current, config)),
    }),
    [state, update, setParams, config],
  );
}
