import { type Organisation, OrganisationTypeSchema } from '@habeas/shared';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { useCan, useCurrentUser } from '../auth/use-session';
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
import { useOrganisationList } from './organisations-api';
import { useOrganisationLabels } from './use-organisation-labels';

export const organisationList = defineList({
  sortable: ['name', 'type', 'createdAt', 'updatedAt'],
  defaultSort: 'name',
  defaultOrder: 'asc',
  filters: { type: OrganisationTypeSchema, includeDeleted: z.enum(['true']) },
});

/** Up to two names in other scripts under the main one ("Ак Орда · Aqorda"). */
function otherNames(o: Organisation): string {
  return o.names
    .map((n) => n.value)
    .filter((v) => v !== o.name)
    .slice(0, 2)
    .join(' · ');
}

/** /organisations: search in any script, filter by type, sort, page; all of it in the URL. */
export function OrganisationsListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useOrganisationLabels();
  const can = useCan();
  const user = useCurrentUser();
  const list = useListState(organisationList);
  const { state } = list;
  const query = useOrganisationList(list.apiQuery);
  const canCreate = can('create', 'CaseData');
  // The API shows deleted records to every role but viewers.
  const canSeeDeleted = user.role !== 'viewer';

  const columns = useMemo<DataColumn<Organisation>[]>(
    () => [
      {
        id: 'name',
        header: t('organisations.fields.name'),
        sortKey: 'name',
        hideable: false,
        rowHeader: true,
        cell: (o) => (
          <Stack gap={2}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/organisations/${o.id}`} fw={600}>
                {o.name}
              </Anchor>
              {o.deletedAt ? <DeletedBadge size="sm" /> : null}
            </Group>
            {otherNames(o) ? <Text size="xs">{otherNames(o)}</Text> : null}
          </Stack>
        ),
      },
      {
        id: 'type',
        header: t('organisations.fields.type'),
        sortKey: 'type',
        cell: (o) => labels.type(o.type),
      },
      {
        id: 'country',
        header: t('organisations.fields.country'),
        cell: (o) => labels.country(o.country) ?? '',
      },
      { id: 'region', header: t('organisations.fields.region'), cell: (o) => o.region ?? '' },
      {
        id: 'parent',
        header: t('organisations.fields.parent'),
        defaultHidden: true,
        cell: (o) =>
          o.parent ? (
            <Anchor component={Link} to={`/organisations/${o.parent.id}`}>
              {o.parent.name}
            </Anchor>
          ) : (
            ''
          ),
      },
      {
        id: 'confidentiality',
        header: t('confidentiality.label'),
        cell: (o) => <ConfidentialityBadge level={o.confidentiality} />,
      },
      {
        id: 'updatedAt',
        header: t('common.updatedAt'),
        sortKey: 'updatedAt',
        cell: (o) => format.dateTime(new Date(o.updatedAt)),
      },
      {
        id: 'createdAt',
        header: t('common.createdAt'),
        sortKey: 'createdAt',
        defaultHidden: true,
        cell: (o) => format.dateTime(new Date(o.createdAt)),
      },
    ],
    [t, labels, format],
  );

  const createButton = canCreate ? (
    <Button component={Link} to="/organisations/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('organisations.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('organisations.title')}
        description={t('organisations.description')}
        actions={
          <>
            <ListSavedSearchMenu scope="organisations" list={list} config={organisationList} />
            <ExportMenu
              kind="organisations"
              filters={{ q: state.q || undefined, ...state.filters }}
              total={query.data?.total}
            />
            {createButton}
          </>
        }
      />
      <DataTable
        {...listTableBinding(list, query)}
        id="organisations"
        caption={t('organisations.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(o) => o.id}
        errorTitle={t('organisations.loadError')}
        toolbar={
          <>
            <SearchBox
              value={state.q}
              onSearch={list.setQ}
              label={t('organisations.search')}
              placeholder={t('organisations.searchPlaceholder')}
              w={{ base: '100%', sm: 320 }}
            />
            <FilterSelect
              label={t('organisations.fields.type')}
              value={state.filters.type}
              onChange={(value) => list.setFilter('type', value)}
              options={OrganisationTypeSchema.options}
              optionLabel={labels.type}
              w={220}
            />
            {canSeeDeleted ? (
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
              title={t('organisations.noMatch')}
              description={t('lists.noMatchHint')}
              action={
                <Button variant="outline" onClick={list.reset}>
                  {t('lists.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<IconBuildingCommunity size={30} stroke={1.5} />}
              title={t('organisations.empty')}
              description={t('organisations.emptyHint')}
              action={createButton}
            />
          )
        }
      />
    </>
  );
}
