import { type CaseUpdateKind, CaseUpdateKindSchema } from '@habeas/shared';
import {
  IconArrowsExchange,
  IconDoorExit,
  IconFileText,
  IconGavel,
  IconHandStop,
  IconLock,
  IconNotes,
  IconScale,
  IconSpeakerphone,
  IconStethoscope,
  type TablerIcon,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** One icon per kind of case update, on the timeline and in the kind picker. */
export const CASE_UPDATE_KIND_ICONS: Record<CaseUpdateKind, TablerIcon> = {
  arrest: IconLock,
  charge: IconFileText,
  hearing: IconScale,
  verdict: IconGavel,
  appeal: IconHandStop,
  transfer: IconArrowsExchange,
  health: IconStethoscope,
  release: IconDoorExit,
  statement: IconSpeakerphone,
  other: IconNotes,
};

/** "Arrest", "Арест", "Қамауға алу"... and the options of a kind select. */
export function useCaseUpdateKinds() {
  const { t } = useTranslation();
  return useMemo(() => {
    const label = (kind: CaseUpdateKind) => t(`timeline.kinds.${kind}`);
    return {
      label,
      options: CaseUpdateKindSchema.options.map((value) => ({ value, label: label(value) })),
    };
  }, [t]);
}
