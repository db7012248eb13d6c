import type { DateLocale } from '@habeas/shared';

/** The interface languages, each named in itself (a reader looks for their own language's name). */
export const LANGUAGES = [
  { code: 'en', short: 'EN', endonym: 'English' },
  { code: 'ru', short: 'RU', endonym: 'Русский' },
  { code: 'kk', short: 'KK', endonym: 'Қазақша' },
] as const satisfies readonly { code: DateLocale; short: string; endonym: string }[];

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'en';
export const LANGUAGE_STORAGE_KEY = 'habeas.language';

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

/** Reduces any i18next language tag ("ru-RU", "kk") to one of ours, or the default. */
export function toLanguage(value: string | undefined | null): Language {
  const base = value?.toLowerCase().split('-')[0];
  return isLanguage(base) ? base : DEFAULT_LANGUAGE;
}
