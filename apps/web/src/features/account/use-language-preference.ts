import { useCallback, useEffect, useRef } from 'react';
import { changeLanguage, currentLanguage, i18n } from '../../i18n/i18n';
import { readStoredLanguage } from '../../i18n/language-storage';
import { isLanguage, type Language } from '../../i18n/languages';
import { useSession } from '../auth/use-session';
import { updateOwnProfile } from './account-api';

/**
 * Switches the interface language and, when someone is signed in, remembers it on their account
 * (PATCH /api/auth/me), so it follows them to every device. Saving is best effort: the switch
 * itself never waits for, or fails with, the network.
 */
export function useChangeLanguage(): (language: Language) => Promise<void> {
  const { user, userUpdated } = useSession();
  const userId = user?.id;
  const savedLocale = user?.locale;
  return useCallback(
    async (language: Language) => {
      await changeLanguage(language);
      if (!userId || savedLocale === language) return;
      try {
        userUpdated(await updateOwnProfile({ locale: language }));
      } catch {
        // Kept on this device (localStorage) anyway; the account keeps its previous choice.
      }
    },
    [userId, savedLocale, userUpdated],
  );
}

/**
 * On sign-in (or when the session is restored), shows the interface in the language saved on the
 * account, unless a language was chosen on this device (that choice is also saved on the account
 * when made, so it wins here). Runs once per signed-in user, so a later switch is not undone.
 */
export function useAccountLanguage(): void {
  const { user } = useSession();
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!user) {
      applied.current = null;
      return;
    }
    if (applied.current === user.id) return;
    applied.current = user.id;
    if (readStoredLanguage() !== null) return;
    // Not stored on the device: it keeps following the account.
    if (isLanguage(user.locale) && user.locale !== currentLanguage()) void i18n.changeLanguage(user.locale);
  }, [user]);
}
