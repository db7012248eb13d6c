import type { CaseUpdate } from '@habeas/shared';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconNotes } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useRecentCaseUpdates } from './dashboard-api';
import { Panel } from './Panel';
import classes from './RecentUpdatesPanel.module.css';
import { useDashboardLabels } from './use-dashboard-labels';

export const RECENT_UPDATES = 8;

/** The first words of a long text, cut at a word boundary. */
export function excerpt(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function UpdateItem({ update: u }: { update: CaseUpdate }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useDashboardLabels();
  return (
    <li className={classes.item}>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="habeas" size="sm">
            {labels.updateKind(u.kind)}
          </Badge>
          <Text size="sm" fw={600}>
            {format.impreciseDate(u.factOn)}
          </Text>
        </Group>
        {u.title ? (
          <Text size="sm" fw={600}>
            {u.title}
          </Text>
        ) : null}
        <Text size="sm">{excerpt(u.body)}</Text>
        <Group gap="xs" wrap="wrap">
          {u.person ? (
            <Anchor component={Link} to={`/persons/${u.person.id}`} size="sm">
              {u.person.displayName}
            </Anchor>
          ) : null}
          {u.case ? (
            <Anchor component={Link} to={`/cases/${u.case.id}`} size="sm">
              {u.case.caseNumber ?? u.case.title}
            </Anchor>
          ) : null}
        </Group>
        <Text size="xs">
          {t('dashboard.updates.by', { name: u.author.name, time: format.dateTime(new Date(u.createdAt)) })}
        </Text>
      </Stack>
    </li>
  );
}

/** The case updates colleagues added last (newest first). */
export function RecentUpdatesPanel() {
  const { t } = useTranslation();
  const query = useRecentCaseUpdates(RECENT_UPDATES);

  let body: ReactNode;
  if (query.isPending) {
    body = <LoadingState rows={5} label={t('dashboard.updates.loading')} />;
  } else if (query.isError) {
    body = (
      <ErrorState
        title={t('dashboard.updates.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else if (query.data.items.length === 0) {
    body = (
      <EmptyState
        icon={<IconNotes size={30} stroke={1.5} />}
        title={t('dashboard.updates.empty')}
        description={t('dashboard.updates.emptyHint')}
      />
    );
  } else {
    body = (
      <ul className={classes.list}>
        {query.data.items.map((u) => (
          <UpdateItem key={u.id} update={u} />
        ))}
      </ul>
    );
  }

  return (
    <Panel id="dashboard-updates" title={t('dashboard.updates.title')}>
      {body}
    </Panel>
  );
}
