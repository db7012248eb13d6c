/**
 * Saved searches: the "Saved searches" menu a list page puts in its header (save the search and
 * filters in force, re-run one's own or a colleague's shared search, delete one's own).
 * Usage: `<SavedSearchMenu scope="persons" currentQuery={state.q} currentFilters={filters}
 * onApply={(q, f) => list.update({ q, filters: { ...f } })} />`.
 */
export { ListSavedSearchMenu, type ListSavedSearchMenuProps } from './ListSavedSearchMenu';
export { SavedSearchMenu, type SavedSearchMenuProps } from './SavedSearchMenu';
export { SaveSearchModal, type SaveSearchModalProps } from './SaveSearchModal';
export {
  cleanFilters,
  flattenFilters,
  savedSearchKeys,
  toSearchScope,
  useSavedSearches,
} from './saved-searches-api';
