/** Persons: the list (any-script search, filters), the person page and the create/edit form. */
export { PersonDetailPage } from './PersonDetailPage';
export { PersonCreatePage, PersonEditPage } from './PersonEditPage';
export { PersonForm } from './PersonForm';
export { PersonStatusBadge } from './PersonStatusBadge';
export { PersonsListPage, personList } from './PersonsListPage';
export { DeadlineCountdown } from './ProceedingsPanels';
export * from './persons-api';
export { formatTerm, usePersonLabels } from './use-person-labels';
