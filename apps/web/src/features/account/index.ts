/**
 * The user's own account at /account (name, language, password, two-step verification, log out
 * everywhere), and the language preference saved on the account (used by the header switchers).
 * TotpSection can also serve an enrolment page (two-step verification required by an administrator).
 */
export { AccountPage } from './AccountPage';
export {
  changeOwnPassword,
  disableTotp,
  enableTotp,
  setupTotp,
  updateOwnProfile,
} from './account-api';
export { TotpSection } from './TotpSection';
export { useAccountLanguage, useChangeLanguage } from './use-language-preference';
