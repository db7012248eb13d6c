import { type CaseUpdate, type CaseUpdateKind, canEditCaseData, type SourceCitation } from '@habeas/shared';
import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Timeline as MantineTimeline,
  Select,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconExternalLink, IconTimeline } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { useCurrentUser } from '../auth/use-session';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { ConfidentialityBadge } from '../forms/confidentiality';
import { CASE_UPDATE_KIND_ICONS, useCaseUpdateKinds } from './kinds';
import type { TimelineQuery } from './timeline-api';
import { UpdateFiles } from './UpdateFiles';

export interface TimelineProps {
  /** The result of a timeline hook: usePersonTimeline(id, filter) or useCaseTimeline(id, filter). */
  query: TimelineQuery;
  /** Whose timeline it is: a person's shows each entry's case, a case's shows each entry's person. */
  subject: 'person' | 'case';
  /** The section heading; "Timeline" by default. */
  title?: string;
  /** Level of the section heading (entries are one level below). */
  headingLevel?: 2 | 3;
  /** The kind filter (controlled); omit onKindChange to hide the filter. */
  kind?: CaseUpdateKind | undefined;
  onKindChange?: (kind: CaseUpdateKind | undefined) => void;
  /** Buttons beside the heading (e.g. <AddCaseUpdateButton />). */
  actions?: ReactNode;
  /** The call to action of the empty state (e.g. <AddCaseUpdateButton />). */
  emptyAction?: ReactNode;
  /**
   * Whether the reader may change the person or case whose timeline this is (its `canEdit`):
   * then they may also add and remove the files of its updates. The API decides again per update.
   */
  canEdit?: boolean;
}

/**
 * Dated case updates, newest fact first: kind icon, the date as precise as it is known ("December
 * 2011"), title, text, the case or person it concerns, the author and the sources the reader may
 * see, and each update's files behind a "Files" disclosure. "Load more" fetches the next page.
 * Reused by the person page and the case page.
 */
export function Timeline({
  query,
  subject,
  title,
  headingLevel = 2,
  kind,
  onKindChange,
  actions,
  emptyAction,
  canEdit = false,
}: TimelineProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const kinds = useCaseUpdateKinds();
  const entries = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages.at(-1)?.total ?? 0;
  const headingId = `timeline-${subject}-heading`;

  let body: ReactNode;
  if (query.isPending) {
    body = <LoadingState label={t('timeline.loading')} rows={5} />;
  } else if (query.isError && entries.length === 0) {
    body = (
      <ErrorState
        title={t('timeline.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  } else if (entries.length === 0) {
    body = kind ? (
      <EmptyState
        icon={<IconTimeline size={30} stroke={1.5} />}
        title={t('timeline.noMatch', { kind: kinds.label(kind) })}
        action={
          onKindChange ? (
            <Button variant="outline" onClick={() => onKindChange(undefined)}>
              {t('timeline.allKinds')}
            </Button>
          ) : null
        }
      />
    ) : (
      <EmptyState
        icon={<IconTimeline size={30} stroke={1.5} />}
        title={t('timeline.empty')}
        description={t('timeline.emptyHint')}
        action={emptyAction}
      />
    );
  } else {
    body = (
      <Stack gap="md">
        <MantineTimeline bulletSize={30} lineWidth={2} role="list" aria-labelledby={headingId}>
          {entries.map((entry) => (
            <TimelineEntry
              key={entry.id}
              entry={entry}
              subject={subject}
              headingLevel={(headingLevel + 1) as 3 | 4}
              canEdit={canEdit}
            />
          ))}
        </MantineTimeline>
        <Group gap="md" align="center">
          <Text size="sm" role="status">
            {t('timeline.showing', { shown: format.number(entries.length), total: format.number(total) })}
          </Text>
          {query.hasNextPage ? (
            <Button
              variant="outline"
              onClick={() => void query.fetchNextPage()}
              loading={query.isFetchingNextPage}
            >
              {t('timeline.loadMore')}
            </Button>
          ) : null}
        </Group>
        {query.isFetchNextPageError ? (
          <ErrorState
            title={t('timeline.loadError')}
            error={query.error}
            onRetry={() => void query.fetchNextPage()}
          />
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Title order={headingLevel} size="h4" id={headingId}>
          {title ?? t('timeline.title')}
        </Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          {onKindChange ? (
            <Select
              label={t('timeline.kindFilter')}
              placeholder={t('timeline.allKinds')}
              clearable
              value={kind ?? null}
              onChange={(value) => onKindChange((value as CaseUpdateKind | null) ?? undefined)}
              data={kinds.options}
              w={200}
            />
          ) : null}
          {actions}
        </Group>
      </Group>
      {body}
    </Stack>
  );
}

function TimelineEntry({
  entry,
  subject,
  headingLevel,
  canEdit,
}: {
  entry: CaseUpdate;
  subject: 'person' | 'case';
  headingLevel: 3 | 4;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const kinds = useCaseUpdateKinds();
  const Icon = CASE_UPDATE_KIND_ICONS[entry.kind];
  const date = format.impreciseDate(entry.factOn);
  const deleted = entry.deletedAt !== null;
  const title = entry.title ?? kinds.label(entry.kind);
  const user = useCurrentUser();
  return (
    <MantineTimeline.Item
      role="listitem"
      bullet={
        <ThemeIcon size={30} radius="xl" variant="light" aria-hidden>
          <Icon size={16} />
        </ThemeIcon>
      }
      title={
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={700} component="time" dateTime={entry.factOn.value}>
              {date}
            </Text>
            <Badge size="sm" variant="outline" color="dark">
              {kinds.label(entry.kind)}
            </Badge>
            {entry.confidentiality !== 'internal' ? (
              <ConfidentialityBadge level={entry.confidentiality} size="sm" />
            ) : null}
            {deleted ? (
              <Badge size="sm" variant="outline" color="red.9">
                {t('common.deleted')}
              </Badge>
            ) : null}
          </Group>
          <Title order={headingLevel} size="h5">
            {title}
            <VisuallyHidden>, {date}</VisuallyHidden>
          </Title>
        </Stack>
      }
    >
      <Stack gap={6} mt={4}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {entry.body}
        </Text>
        <Group gap="md" wrap="wrap">
          {subject === 'person' && entry.case ? (
            <Text size="xs">
              {t('timeline.case')}{' '}
              <Anchor component={Link} to={`/cases/${entry.case.id}`} size="xs">
                {entry.case.caseNumber ? `${entry.case.title} (${entry.case.caseNumber})` : entry.case.title}
              </Anchor>
            </Text>
          ) : null}
          {subject === 'case' && entry.person ? (
            <Text size="xs">
              {t('timeline.person')}{' '}
              <Anchor component={Link} to={`/persons/${entry.person.id}`} size="xs">
                {entry.person.displayName}
              </Anchor>
            </Text>
          ) : null}
          <Text size="xs">{t('timeline.addedBy', { name: entry.author.name })}</Text>
        </Group>
        {entry.sources.length > 0 ? <SourceList sources={entry.sources} /> : null}
        <UpdateFiles
          update={entry}
          title={title}
          date={date}
          // A deleted update takes no new files (restore it first); its files stay readable. Its
          // author may add files even without the right to edit the person or case (the API's rule).
          canEdit={
            !deleted && (canEdit || canEditCaseData(user, { caseIds: [], createdById: entry.author.id }))
          }
          headingLevel={(headingLevel + 1) as 4 | 5}
        />
      </Stack>
    </MantineTimeline.Item>
  );
}

function SourceList({ sources }: { sources: readonly (SourceCitation & { locator?: string | null })[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" fw={600}>
        {t('timeline.sources')}
      </Text>
      <List size="xs" spacing={2}>
        {sources.map((s) => (
          <List.Item key={s.id}>
            <SourceLine source={s} />
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/** "Court verdict, 4 June 2012 · B2" with a link to the document when it is on the web. */
export function SourceLine({ source: s }: { source: SourceCitation & { locator?: string | null } }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const details = [
    t(`timeline.sourceKinds.${s.kind}`),
    s.author ?? null,
    s.publishedOn ? format.impreciseDate(s.publishedOn) : null,
    s.locator ?? null,
  ].filter(Boolean);
  return (
    <Group gap={6} wrap="wrap" component="span">
      {s.url ? (
        <Anchor href={s.url} target="_blank" rel="noopener noreferrer" size="xs">
          {s.title}
          <IconExternalLink size={12} aria-hidden style={{ marginLeft: 2 }} />
          <VisuallyHidden> {t('timeline.opensInNewTab')}</VisuallyHidden>
        </Anchor>
      ) : (
        <Text span size="xs">
          {s.title}
        </Text>
      )}
      <Text span size="xs">
        ({details.join(', ')})
      </Text>
      {s.grade ? (
        <Badge size="xs" variant="outline" color="dark" title={t('timeline.gradeHint')}>
          {t('timeline.grade', { grade: s.grade })}
        </Badge>
      ) : null}
      {s.confidentiality === 'restricted' ? <ConfidentialityBadge level="restricted" size="xs" /> : null}
    </Group>
  );
}
