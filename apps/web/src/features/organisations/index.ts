/** Organisations: the reference feature for list, detail and form pages (see features/lists, features/forms). */
export { OrganisationDetailPage } from './OrganisationDetailPage';
export { OrganisationCreatePage, OrganisationEditPage } from './OrganisationEditPage';
export { OrganisationForm } from './OrganisationForm';
export { OrganisationsListPage, organisationList } from './OrganisationsListPage';
export * from './organisations-api';
