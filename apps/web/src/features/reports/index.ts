/** Reports at /reports: statistics tables and chart, report downloads, list exports, my exports. */
export { CountTable } from './CountTable';
export type { DetentionChartProps } from './DetentionChart';
export { LazyDetentionChart } from './LazyDetentionChart';
export { ReportsPage } from './ReportsPage';
export { downloadStatisticsReport, getStatistics, statisticsKeys, useStatistics } from './statistics-api';
export { monthDate, useStatisticsLabels } from './use-statistics-labels';
