/** Sources: the list with Admiralty grades and protected identities, the source page and the form. */
export { GradeBadge, SourceAuthor } from './SourceBits';
export { SourceDetailPage } from './SourceDetailPage';
export { SourceCreatePage, SourceEditPage } from './SourceEditPage';
export { SourceForm } from './SourceForm';
export { SourcesListPage, sourceList } from './SourcesListPage';
export * from './sources-api';
export { useSourceLabels } from './use-source-labels';
