import type { ExportJob, ListExportKind } from '@habeas/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const KIND_KEYS: Record<ListExportKind, string> = {
  persons: 'persons',
  cases: 'cases',
  charges: 'charges',
  sentences: 'sentences',
  appeals: 'appeals',
  'case-updates': 'caseUpdates',
  events: 'events',
  organisations: 'organisations',
};

/** Names of export kinds, formats and job statuses in the interface language. */
export function useExportLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      kind: (kind: ListExportKind) => t(`exports.kinds.${KIND_KEYS[kind]}` as 'exports.kinds.persons'),
      status: (status: ExportJob['status']) => t(`exports.status.${status}`),
      format: (format: ExportJob['format']) => t(`exports.formats.${format}`),
    }),
    [t],
  );
}
