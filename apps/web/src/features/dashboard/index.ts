/** The start page: persons by status, deadlines ahead, recent case updates, detention over time. */
export { DashboardPage } from './DashboardPage';
export { useDeadlines, useRecentCaseUpdates } from './dashboard-api';
