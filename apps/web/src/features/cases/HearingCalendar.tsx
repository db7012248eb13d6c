import '@mantine/dates/styles.css';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import type { Hearing } from '@habeas/shared';
import { Indicator, Stack, Text } from '@mantine/core';
import { Calendar } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { hearingDay } from './hearing-dates';
import { useCaseLabels } from './use-case-labels';

export interface HearingCalendarProps {
  hearings: Hearing[];
  /** The month shown first ('YYYY-MM-DD'): the next hearing's, else the latest one's, else today. */
  initialDate?: string;
}

/**
 * A month at a glance with the hearing days marked. The list beside it says the same in words:
 * the calendar is a visual aid, so each marked day also carries its hearings in its label.
 */
export function HearingCalendar({ hearings, initialDate }: HearingCalendarProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useCaseLabels();
  const byDay = new Map<string, Hearing[]>();
  for (const h of hearings) {
    const day = hearingDay(h);
    if (day) byDay.set(day, [...(byDay.get(day) ?? []), h]);
  }
  return (
    <Stack gap={4} align="flex-start">
      <Calendar
        static
        locale={format.language}
        defaultDate={initialDate}
        highlightToday
        size="sm"
        // Mantine's greyed outside days (2.2:1) and red weekends (3.3:1) fail contrast: hide the
        // former and draw weekends like other days (hearing days are marked separately).
        hideOutsideDates
        weekendDays={[]}
        nextLabel={t('cases.hearings.nextMonth')}
        previousLabel={t('cases.hearings.previousMonth')}
        ariaLabels={{
          nextMonth: t('cases.hearings.nextMonth'),
          previousMonth: t('cases.hearings.previousMonth'),
        }}
        getDayProps={(date) => {
          const day = byDay.get(date.slice(0, 10));
          return day
            ? {
                selected: true,
                'aria-label': `${format.impreciseDate({ value: date.slice(0, 10), precision: 'day' })}: ${day
                  .map((h) => labels.hearingKind(h.kind))
                  .join(', ')}`,
              }
            : {};
        }}
        renderDay={(date) => {
          const day = Number(date.slice(8, 10));
          const marked = byDay.has(date.slice(0, 10));
          return (
            <Indicator size={6} color="orange.9" offset={-3} disabled={!marked}>
              <div>{day}</div>
            </Indicator>
          );
        }}
      />
      <Text size="xs">{t('cases.hearings.calendarHint')}</Text>
    </Stack>
  );
}
