import type { CaseRole, CaseStage, ChargeStatus, HearingKind, SentenceKind } from '@habeas/shared';
import { useTranslation } from 'react-i18next';

/** Readable words for case fields in the interface language. */
export function useCaseLabels() {
  const { t } = useTranslation();
  return {
    stage: (value: CaseStage) => t(`cases.stages.${value}`),
    role: (value: CaseRole) => t(`cases.roles.${value}`),
    roleGroup: (value: CaseRole) => t(`cases.roleGroups.${value}`),
    chargeStatus: (value: ChargeStatus) => t(`cases.chargeStatuses.${value}`),
    hearingKind: (value: HearingKind) => t(`cases.hearingKinds.${value}`),
    sentenceKind: (value: SentenceKind) => t(`cases.sentenceKinds.${value}`),
  };
}

/** Stage badge colours: the word is always shown, colour only groups them. */
export const STAGE_COLORS: Record<CaseStage, string> = {
  investigation: 'gray.8',
  pretrial: 'indigo.9',
  trial: 'orange.9',
  verdict: 'grape.9',
  appeal: 'blue.9',
  cassation: 'cyan.9',
  closed: 'dark',
};
