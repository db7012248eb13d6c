/** Cases: the list, the case page (participants, charges, hearings, sentences, appeals, timeline) and the form. */
export { CaseDetailPage } from './CaseDetailPage';
export { CaseCreatePage, CaseEditPage } from './CaseEditPage';
export { CaseForm } from './CaseForm';
export { CasesListPage, caseList, StageBadge } from './CasesListPage';
export * from './cases-api';
export { useCaseLabels } from './use-case-labels';
