import { EventKindSchema, type EventSummary, parseImpreciseDate } from '@habeas/shared';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { useCan, useCurrentUser } from '../auth/use-session';
import { FilterTextInput } from '../cases/FilterTextInput';
import { DeletedBadge } from '../common/DeletedBadge';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { ExportMenu } from '../exports';
import { ConfidentialityBadge } from '../forms/confidentiality';
import type { DataColumn } from '../lists/columns';
import { DataTable } from '../lists/DataTable';
import { FilterSelect, ShowDeletedFilter } from '../lists/FilterBar';
import { defineList } from '../lists/list-state';
import { SearchBox } from '../lists/SearchBox';
import { listTableBinding } from '../lists/table-binding';
import { useListState } from '../lists/use-list-state';
import { ListSavedSearchMenu } from '../saved-searches';
import { useEventList } from './events-api';
import { useEventLabels } from './use-event-labels';

const dateBound = z
  .string()
  .max(64)
  .refine((v) => parseImpreciseDate(v) !== null);

export const eventList = defineList({
  sortable: ['startedOn', 'title', 'createdAt', 'updatedAt'],
  defaultSort: 'startedOn',
  defaultOrder: 'desc',
  filters: {
    kind: EventKindSchema,
    region: z.string().max(200),
    from: dateBound,
    to: dateBound,
    includeDeleted: z.enum(['true']),
  },
});

/** Up to two other spellings under the title ("Жанаозен · Janaozen"). */
function otherNames(e: EventSummary): string {
  return e.names
    .map((n) => n.value)
    .filter((v) => v !== e.title)
    .slice(0, 2)
    .join(' · ');
}

/** A "from" or "to" date bound typed as known ("2011", "12.2011"); unreadable text is not applied. */
function DateBoundFilter({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (v: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [invalid, setInvalid] = useState(false);
  return (
    <FilterTextInput
      label={label}
      placeholder={t('events.filters.datePlaceholder')}
      value={value}
      onCommit={(text) => {
        const ok = text === '' || parseImpreciseDate(text) !== null;
        setInvalid(!ok);
        if (ok) onCommit(text || undefined);
      }}
      error={invalid ? t('dates.unreadable') : undefined}
      w={150}
    />
  );
}

/** /events: search titles, other names and places in any script (Janaozen finds Жанаозен). */
export function EventsListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useEventLabels();
  const can = useCan();
  const user = useCurrentUser();
  const list = useListState(eventList);
  const { state } = list;
  const query = useEventList(list.apiQuery);
  const canCreate = can('create', 'CaseData');

  const columns = useMemo<DataColumn<EventSummary>[]>(
    () => [
      {
        id: 'title',
        header: t('events.fields.title'),
        sortKey: 'title',
        hideable: false,
        rowHeader: true,
        cell: (e) => (
          <Stack gap={2}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/events/${e.id}`} fw={600}>
                {e.title}
              </Anchor>
              {e.deletedAt ? <DeletedBadge size="sm" /> : null}
            </Group>
            {otherNames(e) ? <Text size="xs">{otherNames(e)}</Text> : null}
          </Stack>
        ),
      },
      { id: 'kind', header: t('events.fields.kind'), cell: (e) => labels.kind(e.kind) },
      {
        id: 'startedOn',
        header: t('events.fields.period'),
        sortKey: 'startedOn',
        cell: (e) => labels.period(e) ?? '',
      },
      {
        id: 'place',
        header: t('events.fields.place'),
        cell: (e) => [e.place, e.region].filter(Boolean).join(', '),
      },
      {
        id: 'country',
        header: t('events.fields.country'),
        defaultHidden: true,
        cell: (e) => e.country ?? '',
      },
      {
        id: 'confidentiality',
        header: t('confidentiality.label'),
        defaultHidden: true,
        cell: (e) => <ConfidentialityBadge level={e.confidentiality} />,
      },
      {
        id: 'updatedAt',
        header: t('common.updatedAt'),
        sortKey: 'updatedAt',
        defaultHidden: true,
        cell: (e) => format.dateTime(new Date(e.updatedAt)),
      },
    ],
    [t, labels, format],
  );

  const createButton = canCreate ? (
    <Button component={Link} to="/events/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('events.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('events.title')}
        description={t('events.description')}
        actions={
          <>
            <ListSavedSearchMenu scope="events" list={list} config={eventList} />
            {/* `from` / `to` as typed ("12.2011"): the export reads them with the same parser. */}
            <ExportMenu
              kind="events"
              filters={{ q: state.q || undefined, ...state.filters }}
              total={query.data?.total}
            />
            {createButton}
          </>
        }
      />
      <DataTable
        {...listTableBinding(list, query)}
        id="events"
        caption={t('events.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(e) => e.id}
        errorTitle={t('events.loadError')}
        toolbar={
          <>
            <SearchBox
              value={state.q}
              onSearch={list.setQ}
              label={t('events.search')}
              placeholder={t('events.searchPlaceholder')}
              w={{ base: '100%', sm: 300 }}
            />
            <FilterSelect
              label={t('events.fields.kind')}
              value={state.filters.kind}
              onChange={(value) => list.setFilter('kind', value)}
              options={EventKindSchema.options}
              optionLabel={labels.kind}
              w={170}
            />
            <FilterTextInput
              label={t('events.fields.region')}
              value={state.filters.region ?? ''}
              onCommit={(value) => list.setFilter('region', value || undefined)}
              w={170}
            />
            <DateBoundFilter
              label={t('events.filters.from')}
              value={state.filters.from ?? ''}
              onCommit={(value) => list.setFilter('from', value)}
            />
            <DateBoundFilter
              label={t('events.filters.to')}
              value={state.filters.to ?? ''}
              onCommit={(value) => list.setFilter('to', value)}
            />
            {user.role !== 'viewer' ? (
              <ShowDeletedFilter
                checked={state.filters.includeDeleted === 'true'}
                onChange={(value) => list.setFilter('includeDeleted', value)}
              />
            ) : null}
          </>
        }
        empty={
          list.filtered ? (
            <EmptyState
              title={t('events.noMatch')}
              description={t('events.noMatchHint')}
              action={
                <Button variant="outline" onClick={list.reset}>
                  {t('lists.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<IconCalendarEvent size={30} stroke={1.5} />}
              title={t('events.empty')}
              description={t('events.emptyHint')}
              action={createButton}
            />
          )
        }
      />
    </>
  );
}
