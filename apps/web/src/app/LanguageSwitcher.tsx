import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAccountLanguage, useChangeLanguage } from '../features/account/use-language-preference';
import { isLanguage, LANGUAGES, toLanguage } from '../i18n/languages';

/** EN / RU / KK; the choice is remembered on this device (localStorage) and on the signed-in account. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  useAccountLanguage();
  const value = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={value}
      onChange={(next) => {
        if (isLanguage(next)) void changeLanguage(next);
      }}
      data={LANGUAGES.map(({ code, short, endonym }) => ({
        value: code,
        label: (
          <span title={endonym}>
            <span aria-hidden>{short}</span>
            <VisuallyHidden lang={code}>{endonym}</VisuallyHidden>
          </span>
        ),
      }))}
    />
  );
}
