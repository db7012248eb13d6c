export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { describeError } from './describe-error';
export { EmptyState, type EmptyStateProps } from './EmptyState';
export { ErrorState, type ErrorStateProps } from './ErrorState';
export { LoadingState, type LoadingStateProps } from './LoadingState';
export { PageHeader, type PageHeaderProps } from './PageHeader';
