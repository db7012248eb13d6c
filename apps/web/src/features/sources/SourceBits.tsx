import type { Source, SourceCitation } from '@habeas/shared';
import { Badge, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSourceLabels } from './use-source-labels';

/** "B2" with its meaning on hover and for screen readers; "Ungraded" when neither half is known. */
export function GradeBadge({ source }: { source: Pick<Source, 'grade' | 'reliability' | 'credibility'> }) {
  const { t } = useTranslation();
  const labels = useSourceLabels();
  if (!source.grade) {
    return (
      <Text span size="sm" fs="italic">
        {t('sources.ungraded')}
      </Text>
    );
  }
  const meaning = labels.gradeMeaning(source) ?? '';
  return (
    <Tooltip label={meaning} multiline w={260} withArrow>
      <Badge variant="outline" color="dark" ff="monospace" tabIndex={0}>
        {source.grade}
        {meaning ? <VisuallyHidden>{`: ${meaning}`}</VisuallyHidden> : null}
      </Badge>
    </Tooltip>
  );
}

/**
 * The author or interviewee. ABSENT from the answer (not null) when the reader may not see it: an
 * anonymous witness then reads "Identity withheld", never an empty cell that looks like "unknown".
 */
export function SourceAuthor({
  source,
}: {
  source: Pick<SourceCitation, 'author' | 'identityConfidentiality'>;
}) {
  const { t } = useTranslation();
  if (source.author === undefined) {
    return (
      <Group gap={4} wrap="nowrap">
        <IconEyeOff size={14} aria-hidden />
        <Text span size="sm" fs="italic">
          {t('sources.identityWithheld')}
        </Text>
      </Group>
    );
  }
  if (source.author === null)
    return (
      <Text span size="sm">
        {t('sources.noAuthor')}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text span size="sm">
        {source.author}
      </Text>
      {source.identityConfidentiality === 'restricted' ? (
        <Badge size="xs" color="red.9" variant="filled" title={t('sources.identityRestrictedHint')}>
          {t('sources.identityRestricted')}
        </Badge>
      ) : null}
    </Group>
  );
}
