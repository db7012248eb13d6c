import type { InformationCredibility, Source, SourceKind, SourceReliability } from '@habeas/shared';
import { useTranslation } from 'react-i18next';

/** Readable words for source fields, and the Admiralty grade explained, in the interface language. */
export function useSourceLabels() {
  const { t } = useTranslation();
  const kind = (value: SourceKind) => t(`sources.kinds.${value}`);
  const reliability = (value: SourceReliability) => t(`sources.reliability.${value}`);
  const credibility = (value: InformationCredibility) => t(`sources.credibility.${value}`);
  /** "B2: usually reliable source, information probably true"; null when ungraded. */
  const gradeMeaning = (s: Pick<Source, 'reliability' | 'credibility'>) => {
    const parts = [
      s.reliability ? reliability(s.reliability) : null,
      s.credibility ? credibility(s.credibility) : null,
    ];
    const text = parts.filter(Boolean).join('; ');
    return text || null;
  };
  /** "Media article · B2 · 16 December 2011" for pickers. */
  const summary = (s: Pick<Source, 'kind' | 'grade'>) => [kind(s.kind), s.grade].filter(Boolean).join(' · ');
  return { kind, reliability, credibility, gradeMeaning, summary };
}
