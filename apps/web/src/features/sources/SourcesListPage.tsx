import {
  InformationCredibilitySchema,
  type Source,
  SourceKindSchema,
  SourceReliabilitySchema,
} from '@habeas/shared';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileText, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { useCan, useCurrentUser } from '../auth/use-session';
import { DeletedBadge } from '../common/DeletedBadge';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { ConfidentialityBadge } from '../forms/confidentiality';
import type { DataColumn } from '../lists/columns';
import { DataTable } from '../lists/DataTable';
import { FilterSelect, ShowDeletedFilter } from '../lists/FilterBar';
import { defineList } from '../lists/list-state';
import { SearchBox } from '../lists/SearchBox';
import { listTableBinding } from '../lists/table-binding';
import { useListState } from '../lists/use-list-state';
import { ListSavedSearchMenu } from '../saved-searches';
import { GradeBadge, SourceAuthor } from './SourceBits';
import { useSourceList } from './sources-api';
import { useSourceLabels } from './use-source-labels';

export const sourceList = defineList({
  sortable: ['createdAt', 'publishedOn', 'title', 'updatedAt'],
  defaultSort: 'createdAt',
  defaultOrder: 'desc',
  filters: {
    kind: SourceKindSchema,
    reliability: SourceReliabilitySchema,
    credibility: InformationCredibilitySchema,
    includeDeleted: z.enum(['true']),
  },
});

/** /sources: interviews, court documents, articles and reports, with their Admiralty grade. */
export function SourcesListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useSourceLabels();
  const can = useCan();
  const user = useCurrentUser();
  const list = useListState(sourceList);
  const { state } = list;
  const query = useSourceList(list.apiQuery);
  const canCreate = can('create', 'CaseData');

  const columns = useMemo<DataColumn<Source>[]>(
    () => [
      {
        id: 'title',
        header: t('sources.fields.title'),
        sortKey: 'title',
        hideable: false,
        rowHeader: true,
        cell: (s) => (
          <Stack gap={2}>
            <Group gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/sources/${s.id}`} fw={600}>
                {s.title}
              </Anchor>
              {s.deletedAt ? <DeletedBadge size="sm" /> : null}
            </Group>
            {s.citation ? (
              <Text size="xs" lineClamp={2}>
                {s.citation}
              </Text>
            ) : null}
          </Stack>
        ),
      },
      { id: 'kind', header: t('sources.fields.kind'), cell: (s) => labels.kind(s.kind) },
      { id: 'grade', header: t('sources.fields.grade'), cell: (s) => <GradeBadge source={s} /> },
      { id: 'author', header: t('sources.fields.author'), cell: (s) => <SourceAuthor source={s} /> },
      { id: 'publisher', header: t('sources.fields.publisher'), cell: (s) => s.publisher?.name ?? '' },
      {
        id: 'publishedOn',
        header: t('sources.fields.publishedOn'),
        sortKey: 'publishedOn',
        cell: (s) => (s.publishedOn ? format.impreciseDate(s.publishedOn) : ''),
      },
      {
        id: 'confidentiality',
        header: t('confidentiality.label'),
        cell: (s) => <ConfidentialityBadge level={s.confidentiality} />,
      },
      {
        id: 'identityConfidentiality',
        header: t('sources.fields.identityConfidentiality'),
        defaultHidden: true,
        cell: (s) => <ConfidentialityBadge level={s.identityConfidentiality} />,
      },
      {
        id: 'language',
        header: t('sources.fields.language'),
        defaultHidden: true,
        cell: (s) => (s.language ? format.languageName(s.language) : ''),
      },
      {
        id: 'createdAt',
        header: t('common.createdAt'),
        sortKey: 'createdAt',
        defaultHidden: true,
        cell: (s) => format.dateTime(new Date(s.createdAt)),
      },
    ],
    [t, labels, format],
  );

  const createButton = canCreate ? (
    <Button component={Link} to="/sources/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('sources.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('sources.title')}
        description={t('sources.description')}
        actions={
          <>
            <ListSavedSearchMenu scope="sources" list={list} config={sourceList} />
            {createButton}
          </>
        }
      />
      <DataTable
        {...listTableBinding(list, query)}
        id="sources"
        caption={t('sources.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(s) => s.id}
        errorTitle={t('sources.loadError')}
        toolbar={
          <>
            <SearchBox
              value={state.q}
              onSearch={list.setQ}
              label={t('sources.search')}
              placeholder={t('sources.searchPlaceholder')}
              w={{ base: '100%', sm: 300 }}
            />
            <FilterSelect
              label={t('sources.fields.kind')}
              value={state.filters.kind}
              onChange={(value) => list.setFilter('kind', value)}
              options={SourceKindSchema.options}
              optionLabel={labels.kind}
            />
            <FilterSelect
              label={t('sources.fields.reliability')}
              value={state.filters.reliability}
              onChange={(value) => list.setFilter('reliability', value)}
              options={SourceReliabilitySchema.options}
              optionLabel={(value) => `${value}: ${labels.reliability(value)}`}
              w={230}
            />
            <FilterSelect
              label={t('sources.fields.credibility')}
              value={state.filters.credibility}
              onChange={(value) => list.setFilter('credibility', value)}
              options={InformationCredibilitySchema.options}
              optionLabel={(value) => `${value}: ${labels.credibility(value)}`}
              w={240}
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
              title={t('sources.noMatch')}
              description={t('lists.noMatchHint')}
              action={
                <Button variant="outline" onClick={list.reset}>
                  {t('lists.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<IconFileText size={30} stroke={1.5} />}
              title={t('sources.empty')}
              description={t('sources.emptyHint')}
              action={createButton}
            />
          )
        }
      />
    </>
  );
}
