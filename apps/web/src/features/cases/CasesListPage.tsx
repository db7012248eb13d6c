import { CaseStageSchema, type LegalCase } from '@habeas/shared';
import { Anchor, Badge, Button, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { IconFolders, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { useCan, useCurrentUser } from '../auth/use-session';
import { DeletedBadge } from '../common/DeletedBadge';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { eventKeys, searchEventOptions, useEventOption } from '../events/events-api';
import { useEventLabels } from '../events/use-event-labels';
import { ExportMenu } from '../exports';
import { ConfidentialityBadge } from '../forms/confidentiality';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import type { DataColumn } from '../lists/columns';
import { DataTable } from '../lists/DataTable';
import { defineList } from '../lists/list-state';
import { SearchBox } from '../lists/SearchBox';
import { listTableBinding } from '../lists/table-binding';
import { useListState } from '../lists/use-list-state';
import { ListSavedSearchMenu } from '../saved-searches';
import { useCaseList } from './cases-api';
import { FilterTextInput } from './FilterTextInput';
import {
  pickerKeys,
  searchOrganisationsOfType,
  searchProvisionOptions,
  useOrganisationOption,
  useProvisionOption,
} from './pickers';
import { STAGE_COLORS, useCaseLabels } from './use-case-labels';

const uuid = z.uuid();

export const caseList = defineList({
  sortable: ['updatedAt', 'createdAt', 'openedOn', 'title', 'caseNumber', 'stage'],
  defaultSort: 'updatedAt',
  defaultOrder: 'desc',
  filters: {
    stage: CaseStageSchema,
    region: z.string().max(200),
    courtId: uuid,
    eventId: uuid,
    legalProvisionId: uuid,
    assignedToMe: z.enum(['true']),
    hasPendingAppeal: z.enum(['true', 'false']),
    includeDeleted: z.enum(['true']),
  },
});

export function StageBadge({ stage }: { stage: LegalCase['stage'] }) {
  const labels = useCaseLabels();
  return (
    <Badge variant="light" color={STAGE_COLORS[stage]}>
      {labels.stage(stage)}
    </Badge>
  );
}

/** /cases: search by number or title in any script, filter, sort, page; all of it in the URL. */
export function CasesListPage() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const labels = useCaseLabels();
  const eventLabels = useEventLabels();
  const can = useCan();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const list = useListState(caseList);
  const { state } = list;
  const query = useCaseList(list.apiQuery);
  const canCreate = can('create', 'CaseData');
  const canSeeDeleted = user.role !== 'viewer';
  const { courtId, eventId, legalProvisionId } = state.filters;
  const court = useOrganisationOption(courtId);
  const event = useEventOption(eventId);
  const provision = useProvisionOption(legalProvisionId);

  /** Picking a record: remember its name (so the URL id needs no lookup), then filter by it. */
  const pick = (
    name: 'courtId' | 'eventId' | 'legalProvisionId',
    key: (id: string) => readonly unknown[],
    option: EntityOption | null,
  ) => {
    if (option) queryClient.setQueryData(key(option.id), option);
    list.setFilter(name, option?.id);
  };

  const columns = useMemo<DataColumn<LegalCase>[]>(
    () => [
      {
        id: 'caseNumber',
        header: t('cases.fields.caseNumber'),
        sortKey: 'caseNumber',
        width: 150,
        cell: (c) =>
          c.caseNumber ? (
            <Text ff="monospace" size="sm">
              {c.caseNumber}
            </Text>
          ) : (
            ''
          ),
      },
      {
        id: 'title',
        header: t('cases.fields.title'),
        sortKey: 'title',
        hideable: false,
        rowHeader: true,
        cell: (c) => (
          <Stack gap={2}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/cases/${c.id}`} fw={600}>
                {c.title}
              </Anchor>
              {c.deletedAt ? <DeletedBadge size="sm" /> : null}
            </Group>
          </Stack>
        ),
      },
      {
        id: 'stage',
        header: t('cases.fields.stage'),
        sortKey: 'stage',
        cell: (c) => <StageBadge stage={c.stage} />,
      },
      {
        id: 'defendants',
        header: t('cases.roleGroups.defendant'),
        cell: (c) =>
          c.defendants.length === 0 ? (
            ''
          ) : (
            <Text size="sm">
              {c.defendants.map((d, i) => (
                <span key={d.id}>
                  {i > 0 ? ', ' : null}
                  <Anchor component={Link} to={`/persons/${d.id}`} size="sm">
                    {d.displayName}
                  </Anchor>
                </span>
              ))}
            </Text>
          ),
      },
      {
        id: 'court',
        header: t('cases.fields.court'),
        cell: (c) =>
          c.court ? (
            <Anchor component={Link} to={`/organisations/${c.court.id}`} size="sm">
              {c.court.name}
            </Anchor>
          ) : (
            ''
          ),
      },
      { id: 'region', header: t('cases.fields.region'), cell: (c) => c.region ?? '' },
      {
        id: 'openedOn',
        header: t('cases.fields.openedOn'),
        sortKey: 'openedOn',
        cell: (c) => (c.openedOn ? format.impreciseDate(c.openedOn) : ''),
      },
      {
        id: 'confidentiality',
        header: t('confidentiality.label'),
        defaultHidden: true,
        cell: (c) => <ConfidentialityBadge level={c.confidentiality} />,
      },
      {
        id: 'updatedAt',
        header: t('common.updatedAt'),
        sortKey: 'updatedAt',
        cell: (c) => format.dateTime(new Date(c.updatedAt)),
      },
      {
        id: 'createdAt',
        header: t('common.createdAt'),
        sortKey: 'createdAt',
        defaultHidden: true,
        cell: (c) => format.dateTime(new Date(c.createdAt)),
      },
    ],
    [t, format],
  );

  const createButton = canCreate ? (
    <Button component={Link} to="/cases/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('cases.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('cases.title')}
        description={t('cases.description')}
        actions={
          <>
            <ListSavedSearchMenu scope="cases" list={list} config={caseList} />
            <ExportMenu
              kind="cases"
              filters={{ q: state.q || undefined, ...state.filters }}
              total={query.data?.total}
            />
            {createButton}
          </>
        }
      />
      <DataTable
        {...listTableBinding(list, query)}
        id="cases"
        caption={t('cases.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(c) => c.id}
        errorTitle={t('cases.loadError')}
        toolbar={
          <>
            <SearchBox
              value={state.q}
              onSearch={list.setQ}
              label={t('cases.search')}
              placeholder={t('cases.searchPlaceholder')}
              w={{ base: '100%', sm: 300 }}
            />
            <Select
              label={t('cases.fields.stage')}
              placeholder={t('lists.all')}
              clearable
              value={state.filters.stage ?? null}
              onChange={(value) => list.setFilter('stage', value ?? undefined)}
              data={CaseStageSchema.options.map((value) => ({ value, label: labels.stage(value) }))}
              w={170}
            />
            <FilterTextInput
              label={t('cases.fields.region')}
              value={state.filters.region ?? ''}
              onCommit={(value) => list.setFilter('region', value || undefined)}
              w={170}
            />
            <Select
              label={t('cases.filters.pendingAppeal')}
              placeholder={t('lists.all')}
              clearable
              value={state.filters.hasPendingAppeal ?? null}
              onChange={(value) => list.setFilter('hasPendingAppeal', value ?? undefined)}
              data={[
                { value: 'true', label: t('cases.filters.withPendingAppeal') },
                { value: 'false', label: t('cases.filters.withoutPendingAppeal') },
              ]}
              w={210}
            />
            <EntityPicker
              label={t('cases.fields.court')}
              value={courtId ? (court.data ?? { id: courtId, label: t('common.loading') }) : null}
              onChange={(option) => pick('courtId', (id) => ['organisations', 'option', id], option)}
              queryKey={pickerKeys.organisations('court')}
              search={(q, signal) => searchOrganisationsOfType(q, signal, 'court')}
              w={240}
            />
            <EntityPicker
              label={t('cases.filters.event')}
              value={eventId ? (event.data ?? { id: eventId, label: t('common.loading') }) : null}
              onChange={(option) => pick('eventId', eventKeys.option, option)}
              queryKey={eventKeys.picker()}
              search={(q, signal) => searchEventOptions(q, signal, eventLabels.summary)}
              w={240}
            />
            <EntityPicker
              label={t('cases.filters.provision')}
              value={
                legalProvisionId
                  ? (provision.data ?? { id: legalProvisionId, label: t('common.loading') })
                  : null
              }
              onChange={(option) =>
                pick('legalProvisionId', (id) => ['legal-provisions', 'option', id], option)
              }
              queryKey={pickerKeys.provisions}
              search={(q, signal) => searchProvisionOptions(q, signal, i18n.language)}
              w={280}
            />
            <Stack gap={6} mb={4}>
              <Checkbox
                label={t('cases.filters.assignedToMe')}
                checked={state.filters.assignedToMe === 'true'}
                onChange={(e) => list.setFilter('assignedToMe', e.currentTarget.checked ? 'true' : undefined)}
              />
              {canSeeDeleted ? (
                <Checkbox
                  label={t('lists.showDeleted')}
                  checked={state.filters.includeDeleted === 'true'}
                  onChange={(e) =>
                    list.setFilter('includeDeleted', e.currentTarget.checked ? 'true' : undefined)
                  }
                />
              ) : null}
            </Stack>
          </>
        }
        empty={
          list.filtered ? (
            <EmptyState
              title={t('cases.noMatch')}
              description={t('lists.noMatchHint')}
              action={
                <Button variant="outline" onClick={list.reset}>
                  {t('lists.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<IconFolders size={30} stroke={1.5} />}
              title={t('cases.empty')}
              description={t('cases.emptyHint')}
              action={createButton}
            />
          )
        }
      />
    </>
  );
}
