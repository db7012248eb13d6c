import { formatImpreciseDate, type ImpreciseDate } from '@habeas/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, toLanguage } from './languages';

const UNITS = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
] as const;

/** A duration as its largest whole unit ("3 hours", "3 часа", "3 сағат"). */
export function formatDuration(totalSeconds: number, language: Language): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const { unit, seconds: size } = UNITS.find((u) => seconds >= u.seconds) ?? UNITS[3];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(
    Math.floor(seconds / size),
  );
}

export interface Formatters {
  language: Language;
  number: (value: number) => string;
  dateTime: (value: Date | number) => string;
  time: (value: Date | number) => string;
  duration: (seconds: number) => string;
  impreciseDate: (value: ImpreciseDate) => string;
  /** A language code as its name in the interface language ('ru' -> "Russian" / "русский"); the code itself when unknown. */
  languageName: (code: string) => string;
}

export function createFormatters(language: Language): Formatters {
  const number = new Intl.NumberFormat(language);
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'medium' });
  const languages = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
  return {
    language,
    number: (value) => number.format(value),
    dateTime: (value) => dateTime.format(value),
    time: (value) => time.format(value),
    duration: (seconds) => formatDuration(seconds, language),
    impreciseDate: (value) => formatImpreciseDate(value, language),
    languageName: (code) => {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code; // not a well-formed language tag: show what was entered
      }
    },
  };
}

/** Locale-aware formatters for the current interface language (numbers, dates, imprecise dates). */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => createFormatters(language), [language]);
}
