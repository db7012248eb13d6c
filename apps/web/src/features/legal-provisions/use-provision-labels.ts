import type { LegalProvision, ProvisionCategory } from '@habeas/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, toLanguage } from '../../i18n/languages';

type Titles = Pick<LegalProvision, 'titleEn' | 'titleRu' | 'titleKk'>;

export interface ProvisionTitle {
  /** The language the title is written in (for the `lang` attribute and its label). */
  language: Language;
  /** '' when the catalogue has no title in this language. */
  value: string;
}

/**
 * The interface language first; then Russian for Kazakh readers and Kazakh for Russian readers
 * (the closer fallback), English last (the same order as the charge pickers).
 */
const TITLE_ORDER: Record<Language, readonly Language[]> = {
  en: ['en', 'ru', 'kk'],
  ru: ['ru', 'kk', 'en'],
  kk: ['kk', 'ru', 'en'],
};

function titleIn(p: Titles, language: Language): string {
  const value = language === 'ru' ? p.titleRu : language === 'kk' ? p.titleKk : p.titleEn;
  return value?.trim() ?? '';
}

/** Readable words for legal provisions in the interface language. */
export function useProvisionLabels() {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => {
    const titles = (p: Titles): ProvisionTitle[] =>
      TITLE_ORDER[language].map((l) => ({ language: l, value: titleIn(p, l) }));
    return {
      /** The three title languages, the interface language first (the order of form fields and rows). */
      languages: TITLE_ORDER[language],
      // The category names are shared with the reports' "by provision category" table.
      category: (value: ProvisionCategory) => t(`reports.categories.${value}`),
      /** All three titles, the interface language first (empty ones included, for the detail page). */
      titles,
      /** The best title to show in one line: the interface language's, else the nearest one there is. */
      title: (p: Titles): ProvisionTitle | null => titles(p).find((title) => title.value !== '') ?? null,
    };
  }, [t, language]);
}
