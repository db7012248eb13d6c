import type { CaseUpdateKind, Deadline } from '@habeas/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

/** Words for the dashboard's deadlines and case updates, in the interface language. */
export function useDashboardLabels() {
  const { t } = useTranslation();
  const format = useFormatters();
  return useMemo(() => {
    const relative = new Intl.RelativeTimeFormat(format.language, { numeric: 'auto' });
    return {
      /** "Appeal deadline (cassation)", "Hearing (trial session)". */
      deadline: (d: Deadline) => {
        if (d.kind === 'appeal_deadline') {
          return d.appeal
            ? t('dashboard.deadlines.appealDeadlineLevel', {
                level: t(`dashboard.appealLevels.${d.appeal.level}`),
              })
            : t('dashboard.deadlines.appealDeadline');
        }
        return d.hearing
          ? t('dashboard.deadlines.hearingKind', { kind: t(`dashboard.hearingKinds.${d.hearing.kind}`) })
          : t('dashboard.deadlines.hearing');
      },
      /** "today", "tomorrow", "in 5 days", "3 days ago" (Intl, so plurals are right in every language). */
      daysFromToday: (days: number) => relative.format(days, 'day'),
      updateKind: (kind: CaseUpdateKind) => t(`dashboard.updateKinds.${kind}`),
    };
  }, [t, format.language]);
}
