import {
  type CountRow,
  type PersonStatus,
  PersonStatusSchema,
  type ProvisionCategory,
  ProvisionCategorySchema,
  SENTENCE_BANDS,
} from '@habeas/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type Band = (typeof SENTENCE_BANDS)[number];

const isStatus = (key: string): key is PersonStatus => PersonStatusSchema.safeParse(key).success;
const isCategory = (key: string): key is ProvisionCategory => ProvisionCategorySchema.safeParse(key).success;
const isBand = (key: string): key is Band => (SENTENCE_BANDS as readonly string[]).includes(key);

/**
 * Names of the statistics' keys in the interface language: a person's current status, a provision
 * category, a sentence length band. Rows the app does not know keep the API's (English) label.
 */
export function useStatisticsLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      status: (row: Pick<CountRow, 'key' | 'label'>) =>
        isStatus(row.key) ? t(`reports.statuses.${row.key}`) : row.label,
      statusKey: (key: PersonStatus) => t(`reports.statuses.${key}`),
      category: (row: Pick<CountRow, 'key' | 'label'>) =>
        isCategory(row.key) ? t(`reports.categories.${row.key}`) : row.label,
      categoryKey: (key: ProvisionCategory) => t(`reports.categories.${key}`),
      band: (row: Pick<CountRow, 'key' | 'label'>) =>
        isBand(row.key) ? t(`reports.bands.${row.key}`) : row.label,
      region: (row: Pick<CountRow, 'key' | 'label'>) => (row.key === '' ? t('common.unknown') : row.label),
    }),
    [t],
  );
}

/** Month `YYYY-MM` in words for the current language ("December 2011", "декабрь 2011"). */
export function monthDate(month: string) {
  return { value: `${month}-01`, precision: 'month' as const };
}
