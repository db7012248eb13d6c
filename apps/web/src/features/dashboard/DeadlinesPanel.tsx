import type { Deadline } from '@habeas/shared';
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarCheck } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useDeadlines } from './dashboard-api';
import { Panel } from './Panel';
import { useDashboardLabels } from './use-dashboard-labels';

export const DEADLINE_DAYS = 14;

/** Overdue first (oldest first), then by date. */
function ordered(items: readonly Deadline[]): Deadline[] {
  return [...items].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
  });
}

/** Appeal deadlines and hearings of the next 14 days, with missed appeal deadlines marked "Overdue". */
export function DeadlinesPanel() {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useDashboardLabels();
  const query = useDeadlines(DEADLINE_DAYS);

  let body: ReactNode;
  if (query.isPending) {
    body = <LoadingState rows={4} label={t('dashboard.deadlines.loading')} />;
  } else if (query.isError) {
    body = (
      <ErrorState
        title={t('dashboard.deadlines.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else if (query.data.items.length === 0) {
    body = (
      <EmptyState
        icon={<IconCalendarCheck size={30} stroke={1.5} />}
        title={t('dashboard.deadlines.empty', { days: DEADLINE_DAYS })}
        description={t('dashboard.deadlines.emptyHint')}
      />
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="32%">
                {t('dashboard.deadlines.when')}
              </Table.Th>
              <Table.Th scope="col">{t('dashboard.deadlines.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ordered(query.data.items).map((d) => (
              <Table.Tr key={`${d.kind}:${d.id}`} data-overdue={d.overdue || undefined}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={600} c={d.overdue ? 'red.9' : undefined}>
                      {format.impreciseDate({ value: d.date, precision: 'day' })}
                    </Text>
                    {d.overdue ? (
                      <Badge
                        color="red.9"
                        variant="filled"
                        leftSection={<IconAlertTriangle size={12} aria-hidden />}
                        w="fit-content"
                      >
                        {t('dashboard.deadlines.overdue')}
                      </Badge>
                    ) : null}
                    <Text size="xs" c={d.overdue ? 'red.9' : undefined}>
                      {d.scheduledAt
                        ? `${format.time(new Date(d.scheduledAt))} · ${labels.daysFromToday(d.daysLeft)}`
                        : labels.daysFromToday(d.daysLeft)}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {labels.deadline(d)}
                    </Text>
                    <Anchor component={Link} to={`/cases/${d.case.id}`} size="sm">
                      {d.case.caseNumber ? `${d.case.caseNumber} · ${d.case.title}` : d.case.title}
                    </Anchor>
                    {d.persons.length > 0 ? (
                      <Group gap={4} wrap="wrap">
                        {d.persons.map((p, i) => (
                          <Fragment key={p.id}>
                            {i > 0 ? (
                              <Text span size="xs">
                                ·
                              </Text>
                            ) : null}
                            <Anchor component={Link} to={`/persons/${p.id}`} size="xs">
                              {p.displayName}
                            </Anchor>
                          </Fragment>
                        ))}
                      </Group>
                    ) : null}
                    {d.hearing?.court || d.appeal?.body ? (
                      <Text size="xs">{d.hearing?.court ?? d.appeal?.body}</Text>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Panel
      id="dashboard-deadlines"
      title={t('dashboard.deadlines.title', { days: DEADLINE_DAYS })}
      action={
        <Button component={Link} to="/appeals" variant="subtle" size="compact-sm" w="fit-content">
          {t('dashboard.deadlines.all')}
        </Button>
      }
    >
      {body}
    </Panel>
  );
}
