import { type FilterSchemas, type ListConfig, replaceFilters } from '../lists/list-state';
import type { UseListState } from '../lists/use-list-state';
import { SavedSearchMenu } from './SavedSearchMenu';

export interface ListSavedSearchMenuProps<S extends string, F extends FilterSchemas> {
  /** The list's saved-search scope ('persons', 'cases'...). */
  scope: string;
  /** The list page's URL state (useListState) and its config (defineList). */
  list: UseListState<S, F>;
  config: ListConfig<S, F>;
  /** False for a list without a search box (appeals): only its filters are saved. */
  withQuery?: boolean;
}

/**
 * The Saved searches menu bound to a list page's URL state: saves the search and filters in
 * force, and re-running one replaces them all (filters it does not name are cleared).
 */
export function ListSavedSearchMenu<S extends string, F extends FilterSchemas>({
  scope,
  list,
  config,
  withQuery = true,
}: ListSavedSearchMenuProps<S, F>) {
  return (
    <SavedSearchMenu
      scope={scope}
      currentQuery={withQuery ? list.state.q : ''}
      currentFilters={{ ...list.state.filters }}
      onApply={(q, filters) =>
        list.update(
          withQuery
            ? { q, filters: replaceFilters(config, filters) }
            : { filters: replaceFilters(config, filters) },
        )
      }
    />
  );
}
