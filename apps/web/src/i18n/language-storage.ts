import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_STORAGE_KEY, type Language, toLanguage } from './languages';

/** localStorage can throw (privacy modes, quotas): the choice is then simply not remembered. */
export function readStoredLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not remembered; the app still switches
  }
}

/** The remembered choice, else the browser's first supported preference, else English. */
export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (stored) return stored;
  const preferred = globalThis.navigator?.languages ?? [];
  for (const tag of preferred) {
    const language = toLanguage(tag);
    if (tag.toLowerCase().startsWith(language)) return language;
  }
  return DEFAULT_LANGUAGE;
}
