import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { detectLanguage, storeLanguage } from './language-storage';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language, toLanguage } from './languages';
import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';

export const resources = {
  en: { translation: en },
  ru: { translation: ru },
  kk: { translation: kk },
} as const;

/** The app's single i18next instance; resources are bundled, so it is ready synchronously. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: detectLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES.map((l) => l.code),
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

function reflectLanguage(language: string): void {
  // Screen readers pick the pronunciation from <html lang>; keep it in step with the UI language.
  if (typeof document !== 'undefined') document.documentElement.lang = toLanguage(language);
}

reflectLanguage(i18n.language);
i18n.on('languageChanged', reflectLanguage);

/** Switches the interface language and remembers the choice on this device. */
export async function changeLanguage(language: Language): Promise<void> {
  storeLanguage(language);
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return toLanguage(i18n.resolvedLanguage ?? i18n.language);
}
