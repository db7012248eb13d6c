import type { Deadline } from '@habeas/shared';
import {
  Anchor,
  Badge,
  Card,
  Checkbox,
  Grid,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCalendarCheck, IconGavel, IconScale } from '@tabler/icons-react';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { useCaseLabels } from '../cases/use-case-labels';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { AppealsNav } from './AppealsNav';
import { useDeadlines } from './appeals-api';
import { CalendarSubscription } from './CalendarSubscription';
import { DeadlineCountdown } from './DeadlineCountdown';
import { useAppealLabels } from './use-appeal-labels';

const RANGES = ['14', '30', '90'] as const;
type Range = (typeof RANGES)[number];

type GroupKey = 'overdue' | 'passed' | 'today' | 'week' | 'later';
const GROUPS: GroupKey[] = ['overdue', 'passed', 'today', 'week', 'later'];

function groupOf(d: Deadline): GroupKey {
  if (d.overdue) return 'overdue';
  if (d.daysLeft < 0) return 'passed';
  if (d.daysLeft === 0) return 'today';
  if (d.daysLeft <= 7) return 'week';
  return 'later';
}

function byDate(a: Deadline, b: Deadline): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return (a.scheduledAt ?? '').localeCompare(b.scheduledAt ?? '');
}

/** /appeals/deadlines: appeal deadlines and hearings ahead, overdue first, in red with words. */
export function DeadlinesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const range: Range = RANGES.find((r) => r === params.get('days')) ?? '14';
  const includeOverdue = params.get('overdue') !== 'false';
  const query = useDeadlines(Number(range), includeOverdue);

  const set = (name: string, value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === null) next.delete(name);
      else next.set(name, value);
      return next;
    });

  const items = [...(query.data?.items ?? [])].sort(byDate);
  const grouped = GROUPS.map((key) => ({ key, items: items.filter((d) => groupOf(d) === key) })).filter(
    (g) => g.items.length > 0,
  );

  let body: ReactNode;
  if (query.isPending) body = <LoadingState rows={6} />;
  else if (query.isError)
    body = (
      <ErrorState
        title={t('appeals.deadlines.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  else if (items.length === 0)
    body = (
      <Card withBorder>
        <EmptyState
          icon={<IconCalendarCheck size={30} stroke={1.5} />}
          title={t('appeals.deadlines.empty', { days: range })}
          description={t('appeals.deadlines.emptyHint')}
        />
      </Card>
    );
  else
    body = (
      <Stack gap="lg" aria-busy={query.isPlaceholderData ? 'true' : undefined}>
        {grouped.map((g) => (
          <DeadlineGroup key={g.key} group={g.key} items={g.items} />
        ))}
      </Stack>
    );

  return (
    <>
      <PageHeader title={t('appeals.deadlines.title')} description={t('appeals.deadlines.description')} />
      <AppealsNav />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Group gap="lg" align="flex-end" wrap="wrap">
              <Stack gap={4}>
                <Text size="sm" fw={500} id="deadline-range-label">
                  {t('appeals.deadlines.range')}
                </Text>
                <SegmentedControl
                  aria-labelledby="deadline-range-label"
                  value={range}
                  onChange={(value) => set('days', value === '14' ? null : value)}
                  data={RANGES.map((r) => ({ value: r, label: t('appeals.deadlines.days', { days: r }) }))}
                />
              </Stack>
              <Checkbox
                label={t('appeals.deadlines.includeOverdue')}
                checked={includeOverdue}
                onChange={(event) => set('overdue', event.currentTarget.checked ? null : 'false')}
                mb={8}
              />
            </Group>
            {body}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <CalendarSubscription />
        </Grid.Col>
      </Grid>
    </>
  );
}

function DeadlineGroup({ group, items }: { group: GroupKey; items: Deadline[] }) {
  const { t } = useTranslation();
  const headingId = `deadlines-${group}`;
  return (
    <section aria-labelledby={headingId}>
      <Group gap="xs" mb="xs">
        <Title order={2} size="h4" id={headingId} c={group === 'overdue' ? 'red.9' : undefined}>
          {t(`appeals.deadlines.groups.${group}`)}
        </Title>
        <Badge
          variant={group === 'overdue' ? 'filled' : 'light'}
          color={group === 'overdue' ? 'red.9' : 'gray.8'}
        >
          {items.length}
        </Badge>
      </Group>
      <List listStyleType="none" spacing="xs">
        {items.map((d) => (
          <List.Item key={`${d.kind}:${d.id}`}>
            <DeadlineCard d={d} />
          </List.Item>
        ))}
      </List>
    </section>
  );
}

function DeadlineCard({ d }: { d: Deadline }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const appealLabels = useAppealLabels();
  const caseLabels = useCaseLabels();
  const Icon = d.kind === 'hearing' ? IconScale : IconGavel;
  const what =
    d.kind === 'appeal_deadline' && d.appeal
      ? t('appeals.deadlines.appealDeadline', { level: appealLabels.level(d.appeal.level) })
      : d.hearing
        ? t('appeals.deadlines.hearing', { kind: caseLabels.hearingKind(d.hearing.kind) })
        : d.label;
  const where = d.appeal?.body ?? d.hearing?.court ?? null;
  return (
    <Card
      withBorder
      padding="sm"
      data-overdue={d.overdue ? 'true' : undefined}
      style={d.overdue ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <Icon size={22} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Stack gap={2}>
            <Text fw={700} size="sm">
              {what}
            </Text>
            <Anchor component={Link} to={`/cases/${d.case.id}`} size="sm">
              {d.case.caseNumber ? `${d.case.caseNumber} · ` : ''}
              {d.case.title}
            </Anchor>
            {d.persons.length > 0 ? (
              <Text size="xs">
                {d.persons.map((p, i) => (
                  <Fragment key={p.id}>
                    {i > 0 ? ', ' : null}
                    <Anchor component={Link} to={`/persons/${p.id}`} size="xs">
                      {p.displayName}
                    </Anchor>
                  </Fragment>
                ))}
              </Text>
            ) : null}
            {where ? <Text size="xs">{where}</Text> : null}
            {d.appeal ? (
              <Text size="xs">
                {t('appeals.fields.status')}: {appealLabels.status(d.appeal.status)}
              </Text>
            ) : null}
          </Stack>
        </Group>
        <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
          <Text size="sm" fw={600}>
            {d.scheduledAt
              ? format.dateTime(new Date(d.scheduledAt))
              : format.impreciseDate({ value: d.date, precision: 'day' })}
          </Text>
          <DeadlineCountdown days={d.daysLeft} overdue={d.overdue} size="xs" />
        </Stack>
      </Group>
    </Card>
  );
}
