import type {
  AppealLevel,
  AppealStatus,
  ChargeStatus,
  DetentionKind,
  Gender,
  ImpreciseDate,
  LegalProvisionRef,
  PersonStatus,
  SentenceKind,
} from '@habeas/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import type { Language } from '../../i18n/languages';

export interface TermParts {
  years: number;
  months: number;
  days: number;
}

/** "7 years 6 months", "7 лет 6 месяцев", "7 жыл 6 ай": each part in the language's own plural form. */
export function formatTerm({ years, months, days }: TermParts, language: Language): string | null {
  const unit = (value: number, name: 'year' | 'month' | 'day') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts = [
    years > 0 ? unit(years, 'year') : null,
    months > 0 ? unit(months, 'month') : null,
    days > 0 ? unit(days, 'day') : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

/** "3 days", "3 дня", "3 күн". */
export function formatDays(days: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}

/** Readable words for the person page and list, in the interface language. */
export function usePersonLabels() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { language } = format;
  return useMemo(() => {
    const date = (value: ImpreciseDate | null | undefined) => (value ? format.impreciseDate(value) : null);
    return {
      status: (value: PersonStatus) => t(`persons.status.${value}`),
      gender: (value: Gender) => t(`persons.gender.${value}`),
      detentionKind: (value: DetentionKind) => t(`persons.detentionKind.${value}`),
      sentenceKind: (value: SentenceKind) => t(`persons.sentenceKind.${value}`),
      chargeStatus: (value: ChargeStatus) => t(`persons.chargeStatus.${value}`),
      appealLevel: (value: AppealLevel) => t(`persons.appealLevel.${value}`),
      appealStatus: (value: AppealStatus) => t(`persons.appealStatus.${value}`),
      date,
      /** "December 2011 – June 2012", "since December 2011", "until June 2012", or "dates unknown". */
      period: (start: ImpreciseDate | null, end: ImpreciseDate | null) => {
        const from = date(start);
        const to = date(end);
        if (from && to) return t('persons.period.range', { from, to });
        if (from) return t('persons.period.since', { from });
        if (to) return t('persons.period.until', { to });
        return t('persons.period.unknown');
      },
      term: (parts: TermParts) => formatTerm(parts, language),
      days: (count: number) => formatDays(count, language),
      /** The provision's title in the interface language, else in any language it has. */
      provisionTitle: (p: Pick<LegalProvisionRef, 'titleEn' | 'titleRu' | 'titleKk'>) => {
        const own = language === 'ru' ? p.titleRu : language === 'kk' ? p.titleKk : p.titleEn;
        return own ?? p.titleEn ?? p.titleRu ?? p.titleKk ?? null;
      },
    };
  }, [t, format, language]);
}

export type PersonLabels = ReturnType<typeof usePersonLabels>;
