/** Legal provisions: the catalogue of statutes that charges point to (list, detail and form pages). */
export { LegalProvisionDetailPage } from './LegalProvisionDetailPage';
export { LegalProvisionCreatePage, LegalProvisionEditPage } from './LegalProvisionEditPage';
export { LegalProvisionForm } from './LegalProvisionForm';
export { LegalProvisionsListPage, legalProvisionList } from './LegalProvisionsListPage';
export * from './legal-provisions-api';
