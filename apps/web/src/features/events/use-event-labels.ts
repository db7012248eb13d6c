import type {
  CasualtyKind,
  CountQualifier,
  EventKind,
  EventParticipantRole,
  EventSummary,
} from '@habeas/shared';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

/** Readable words for event fields in the interface language. */
export function useEventLabels() {
  const { t } = useTranslation();
  const format = useFormatters();
  const kind = (value: EventKind) => t(`events.kinds.${value}`);
  /** "16 December 2011 – 17 December 2011", "December 2011", or null. */
  const period = (e: Pick<EventSummary, 'startedOn' | 'endedOn'>) => {
    const start = e.startedOn ? format.impreciseDate(e.startedOn) : null;
    const end = e.endedOn ? format.impreciseDate(e.endedOn) : null;
    if (start && end && end !== start) return `${start} – ${end}`;
    return start ?? (end ? `– ${end}` : null);
  };
  /** "Protest · 16 December 2011 · Zhanaozen": tells look-alike events apart in a picker. */
  const summary = (e: Pick<EventSummary, 'kind' | 'startedOn' | 'endedOn' | 'place' | 'region'>) =>
    [kind(e.kind), period(e), e.place ?? e.region].filter(Boolean).join(' · ');
  return {
    kind,
    role: (value: EventParticipantRole) => t(`events.roles.${value}`),
    casualtyKind: (value: CasualtyKind) => t(`events.casualtyKinds.${value}`),
    /** "at least 16", "about 100", "16". */
    count: (count: number, qualifier: CountQualifier) =>
      qualifier === 'exact'
        ? format.number(count)
        : t(`events.qualifiers.${qualifier}`, { n: format.number(count) }),
    period,
    summary,
  };
}
