import type { Organisation, OrganisationType } from '@habeas/shared';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../i18n/languages';
import { countryName } from '../forms/CountryCodeInput';

/** Readable words for organisation fields in the interface language. */
export function useOrganisationLabels() {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  const type = (value: OrganisationType) => t(`organisations.types.${value}`);
  const country = (code: string | null | undefined) => {
    if (!code) return null;
    const name = countryName(code, language);
    return name ? `${name} (${code})` : code;
  };
  /** "Court · Kazakhstan (KZ), Mangystau Region": tells look-alike names apart in a picker. */
  const summary = (o: Pick<Organisation, 'type' | 'country' | 'region'>) =>
    [type(o.type), [country(o.country), o.region].filter(Boolean).join(', ')].filter(Boolean).join(' · ');
  return { type, country, summary };
}
