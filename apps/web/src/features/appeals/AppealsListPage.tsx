import {
  AppealLevelSchema,
  type AppealListItem,
  AppealStatusSchema,
  CalendarDaySchema,
} from '@habeas/shared';
import { Anchor, Button, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconGavel } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { AppealStatusBadge } from '../cases/AppealsSection';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { ExportMenu } from '../exports';
import type { DataColumn } from '../lists/columns';
import { DataTable } from '../lists/DataTable';
import { defineList } from '../lists/list-state';
import { listTableBinding } from '../lists/table-binding';
import { useListState } from '../lists/use-list-state';
import { ListSavedSearchMenu } from '../saved-searches';
import { AppealsNav } from './AppealsNav';
import { useAppealList } from './appeals-api';
import { DeadlineCountdown } from './DeadlineCountdown';
import { useAppealLabels } from './use-appeal-labels';

export const appealList = defineList({
  sortable: ['deadline', 'filedOn', 'createdAt', 'updatedAt'],
  defaultSort: 'deadline',
  defaultOrder: 'asc',
  filters: {
    status: AppealStatusSchema,
    level: AppealLevelSchema,
    overdue: z.enum(['true', 'false']),
    deadlineFrom: CalendarDaySchema,
    deadlineTo: CalendarDaySchema,
  },
});

/** /appeals: every appeal the user may see, with its deadline countdown; filters in the URL. */
export function AppealsListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useAppealLabels();
  const list = useListState(appealList);
  const { state } = list;
  const query = useAppealList(list.apiQuery);

  const columns = useMemo<DataColumn<AppealListItem>[]>(
    () => [
      {
        id: 'case',
        header: t('appeals.fields.case'),
        hideable: false,
        rowHeader: true,
        cell: (a) => (
          <Stack gap={0}>
            <Anchor component={Link} to={`/cases/${a.case.id}`} fw={600}>
              {a.case.title}
            </Anchor>
            {a.case.caseNumber ? (
              <Text size="xs" ff="monospace">
                {a.case.caseNumber}
              </Text>
            ) : null}
          </Stack>
        ),
      },
      {
        id: 'level',
        header: t('appeals.fields.level'),
        cell: (a) => (
          <Stack gap={0}>
            <Text size="sm">{labels.level(a.level)}</Text>
            {a.body || a.bodyName ? <Text size="xs">{a.body?.name ?? a.bodyName}</Text> : null}
          </Stack>
        ),
      },
      {
        id: 'status',
        header: t('appeals.fields.status'),
        cell: (a) => <AppealStatusBadge status={a.status} />,
      },
      {
        id: 'appellant',
        header: t('appeals.fields.appellant'),
        cell: (a) =>
          a.person ? (
            <Anchor component={Link} to={`/persons/${a.person.id}`} size="sm">
              {a.person.displayName}
            </Anchor>
          ) : (
            ''
          ),
      },
      {
        id: 'deadline',
        header: t('appeals.fields.deadline'),
        sortKey: 'deadline',
        cell: (a) =>
          a.deadline ? (
            <Stack gap={2}>
              <Text size="sm">{format.impreciseDate({ value: a.deadline, precision: 'day' })}</Text>
              <DeadlineCountdown days={a.daysUntilDeadline} overdue={a.overdue} size="xs" />
            </Stack>
          ) : (
            <Text size="sm">{t('appeals.noDeadline')}</Text>
          ),
      },
      {
        id: 'filedOn',
        header: t('appeals.fields.filedOn'),
        sortKey: 'filedOn',
        cell: (a) => (a.filedOn ? format.impreciseDate(a.filedOn) : ''),
      },
      {
        id: 'decisionOn',
        header: t('appeals.fields.decisionOn'),
        cell: (a) => (a.decisionOn ? format.impreciseDate(a.decisionOn) : ''),
      },
      {
        id: 'resultingChange',
        header: t('appeals.fields.resultingChange'),
        defaultHidden: true,
        cell: (a) => a.resultingChange ?? '',
      },
      {
        id: 'updatedAt',
        header: t('common.updatedAt'),
        sortKey: 'updatedAt',
        defaultHidden: true,
        cell: (a) => format.dateTime(new Date(a.updatedAt)),
      },
    ],
    [t, labels, format],
  );

  const dateFilter = (name: 'deadlineFrom' | 'deadlineTo', label: string) => (
    <TextInput
      type="date"
      label={label}
      min="1900-01-01"
      max="2100-12-31"
      value={state.filters[name] ?? ''}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (value === '' || CalendarDaySchema.safeParse(value).success)
          list.setFilter(name, value || undefined);
      }}
      w={170}
    />
  );

  return (
    <>
      <PageHeader
        title={t('appeals.title')}
        description={t('appeals.description')}
        actions={
          <>
            <ListSavedSearchMenu scope="appeals" list={list} config={appealList} withQuery={false} />
            {/* The deadline bounds become the export's period; level and overdue are named as not applied. */}
            <ExportMenu kind="appeals" filters={{ ...state.filters }} total={query.data?.total} />
          </>
        }
      />
      <AppealsNav />
      <DataTable
        {...listTableBinding(list, query)}
        id="appeals"
        caption={t('appeals.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(a) => a.id}
        errorTitle={t('appeals.loadError')}
        toolbar={
          <>
            <Select
              label={t('appeals.fields.status')}
              placeholder={t('lists.all')}
              clearable
              value={state.filters.status ?? null}
              onChange={(value) => list.setFilter('status', value ?? undefined)}
              data={AppealStatusSchema.options.map((value) => ({ value, label: labels.status(value) }))}
              w={170}
            />
            <Select
              label={t('appeals.fields.level')}
              placeholder={t('lists.all')}
              clearable
              value={state.filters.level ?? null}
              onChange={(value) => list.setFilter('level', value ?? undefined)}
              data={AppealLevelSchema.options.map((value) => ({ value, label: labels.level(value) }))}
              w={260}
            />
            <Select
              label={t('appeals.filters.overdue')}
              placeholder={t('lists.all')}
              clearable
              value={state.filters.overdue ?? null}
              onChange={(value) => list.setFilter('overdue', value ?? undefined)}
              data={[
                { value: 'true', label: t('appeals.filters.onlyOverdue') },
                { value: 'false', label: t('appeals.filters.notOverdue') },
              ]}
              w={200}
            />
            {dateFilter('deadlineFrom', t('appeals.filters.deadlineFrom'))}
            {dateFilter('deadlineTo', t('appeals.filters.deadlineTo'))}
          </>
        }
        empty={
          list.filtered ? (
            <EmptyState
              title={t('appeals.noMatch')}
              description={t('appeals.noMatchHint')}
              action={
                <Button variant="outline" onClick={list.reset}>
                  {t('lists.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<IconGavel size={30} stroke={1.5} />}
              title={t('appeals.empty')}
              description={t('appeals.emptyHint')}
              action={
                <Button component={Link} to="/cases" variant="outline">
                  {t('appeals.goToCases')}
                </Button>
              }
            />
          )
        }
      />
    </>
  );
}
