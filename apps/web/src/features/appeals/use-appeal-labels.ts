import type { AppealLevel, AppealStatus } from '@habeas/shared';
import { useTranslation } from 'react-i18next';

/** Readable words for appeal fields in the interface language. */
export function useAppealLabels() {
  const { t } = useTranslation();
  return {
    level: (value: AppealLevel) => t(`appeals.levels.${value}`),
    status: (value: AppealStatus) => t(`appeals.statuses.${value}`),
  };
}
