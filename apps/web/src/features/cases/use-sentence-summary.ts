import type { Sentence } from '@habeas/shared';
import { useFormatters } from '../../i18n/format';
import { formatTerm } from './term';
import { useCaseLabels } from './use-case-labels';

/** "Imprisonment, 7 years 6 months, strict regime". */
export function useSentenceSummary() {
  const labels = useCaseLabels();
  const format = useFormatters();
  return (s: Sentence) =>
    [
      labels.sentenceKind(s.kind),
      formatTerm({ years: s.termYears, months: s.termMonths, days: s.termDays }, format.language),
      s.fineAmount !== null
        ? `${format.number(s.fineAmount)}${s.fineCurrency ? ` ${s.fineCurrency}` : ''}`
        : null,
      s.regime,
    ]
      .filter(Boolean)
      .join(', ');
}
