import { TextInput, type TextInputProps } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../i18n/languages';

/** "Kazakhstan" / "Казахстан" / "Қазақстан" for KZ in the interface language, or null. */
export function countryName(code: string | null | undefined, language: string): string | null {
  if (!code || !/^[A-Z]{2}$/.test(code)) return null;
  try {
    const name = new Intl.DisplayNames([language], { type: 'region' }).of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

export interface CountryCodeInputProps extends Omit<TextInputProps, 'value'> {
  value?: string | null;
}

/**
 * An ISO 3166-1 alpha-2 code (KZ, RU, KG), typed in capitals, with the country's name in the
 * interface language under the box so a typo is visible. Works with `register()` or controlled.
 */
export const CountryCodeInput = forwardRef<HTMLInputElement, CountryCodeInputProps>(function CountryCodeInput(
  { value, description, onChange, ...rest },
  ref,
) {
  const { t, i18n } = useTranslation();
  const name = countryName(value ?? undefined, toLanguage(i18n.resolvedLanguage ?? i18n.language));
  return (
    <TextInput
      {...rest}
      ref={ref}
      {...(value === undefined ? {} : { value: value ?? '' })}
      maxLength={2}
      autoComplete="off"
      spellCheck={false}
      styles={{ input: { textTransform: 'uppercase' } }}
      onChange={(event) => {
        event.currentTarget.value = event.currentTarget.value.toUpperCase();
        onChange?.(event);
      }}
      description={name ?? description ?? t('forms.countryHint')}
      descriptionProps={{ 'aria-live': 'polite' }}
    />
  );
});
