/** Appeals and deadlines: the appeals list, the deadlines view with the calendar feed, the appeal form. */
export { AppealFormModal, appealToInput } from './AppealFormModal';
export { AppealsListPage, appealList } from './AppealsListPage';
export * from './appeals-api';
export { DeadlineCountdown } from './DeadlineCountdown';
export { DeadlinesPage } from './DeadlinesPage';
export { useAppealLabels } from './use-appeal-labels';
