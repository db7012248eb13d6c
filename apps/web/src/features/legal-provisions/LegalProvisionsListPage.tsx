import { type LegalProvision, ProvisionCategorySchema } from '@habeas/shared';
import { Anchor, Button, Checkbox, Group, Select, Text } from '@mantine/core';
import { IconBook2, IconPlus } from '@tabler/icons-react';
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
import { defineList } from '../lists/list-state';
import { SearchBox } from '../lists/SearchBox';
import { listTableBinding } from '../lists/table-binding';
import { useListState } from '../lists/use-list-state';
import { useLegalProvisionList } from './legal-provisions-api';
import { useProvisionLabels } from './use-provision-labels';

export const legalProvisionList = defineList({
  sortable: ['code', 'article', 'category', 'createdAt', 'updatedAt'],
  defaultSort: 'code',
  defaultOrder: 'asc',
  filters: { category: ProvisionCategorySchema, includeDeleted: z.enum(['true']) },
});

/** /legal-provisions: the catalogue of statutes, searched in any script, by category; state in the URL. */
export function LegalProvisionsListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProvisionLabels();
  const can = useCan();
  const user = useCurrentUser();
  const list = useListState(legalProvisionList);
  const { state } = list;
  const query = useLegalProvisionList(list.apiQuery);
  const canCreate = can('create', 'Catalogue');
  // The API shows deleted records to every role but viewers.
  const canSeeDeleted = user.role !== 'viewer';

  const columns = useMemo<DataColumn<LegalProvision>[]>(
    () => [
      {
        id: 'provision',
        header: t('legalProvisions.fields.provision'),
        sortKey: 'code',
        hideable: false,
        rowHeader: true,
        cell: (p) => (
          <Group gap="xs" wrap="nowrap">
            <Anchor component={Link} to={`/legal-provisions/${p.id}`} fw={600}>
              {p.label}
            </Anchor>
            {p.deletedAt ? <DeletedBadge size="sm" /> : null}
          </Group>
        ),
      },
      {
        id: 'title',
        header: t('legalProvisions.fields.title'),
        cell: (p) => {
          const title = labels.title(p);
          return title ? (
            <Text size="sm" lang={title.language}>
              {title.value}
            </Text>
          ) : (
            ''
          );
        },
      },
      {
        id: 'article',
        header: t('legalProvisions.fields.article'),
        sortKey: 'article',
        defaultHidden: true,
        cell: (p) =>
          p.part ? t('legalProvisions.articlePart', { article: p.article, part: p.part }) : p.article,
      },
      {
        id: 'category',
        header: t('legalProvisions.fields.category'),
        sortKey: 'category',
        cell: (p) => labels.category(p.category),
      },
      {
        id: 'confidentiality',
        header: t('confidentiality.label'),
        defaultHidden: true,
        cell: (p) => <ConfidentialityBadge level={p.confidentiality} />,
      },
      {
        id: 'updatedAt',
        header: t('common.updatedAt'),
        sortKey: 'updatedAt',
        cell: (p) => format.dateTime(new Date(p.updatedAt)),
      },
      {
        id: 'createdAt',
        header: t('common.createdAt'),
        sortKey: 'createdAt',
        defaultHidden: true,
        cell: (p) => format.dateTime(new Date(p.createdAt)),
      },
    ],
    [t, labels, format],
  );

  const createButton = canCreate ? (
    <Button component={Link} to="/legal-provisions/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('legalProvisions.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('legalProvisions.title')}
        description={t('legalProvisions.description')}
        actions={createButton}
      />
      <DataTable
        {...listTableBinding(list, query)}
        id="legal-provisions"
        caption={t('legalProvisions.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(p) => p.id}
        errorTitle={t('legalProvisions.loadError')}
        toolbar={
          <>
            <SearchBox
              value={state.q}
              onSearch={list.setQ}
              label={t('legalProvisions.search')}
              placeholder={t('legalProvisions.searchPlaceholder')}
              w={{ base: '100%', sm: 320 }}
            />
            <Select
              label={t('legalProvisions.fields.category')}
              placeholder={t('lists.all')}
              clearable
              value={state.filters.category ?? null}
              onChange={(value) => list.setFilter('category', value ?? undefined)}
              data={ProvisionCategorySchema.options.map((value) => ({
                value,
                label: labels.category(value),
              }))}
              w={220}
            />
            {canSeeDeleted ? (
              <Checkbox
                label={t('lists.showDeleted')}
                checked={state.filters.includeDeleted === 'true'}
                onChange={(event) =>
                  list.setFilter('includeDeleted', event.currentTarget.checked ? 'true' : undefined)
                }
                mb={8}
              />
            ) : null}
          </>
        }
        empty={
          list.filtered ? (
            <EmptyState
              title={t('legalProvisions.noMatch')}
              description={t('legalProvisions.noMatchHint')}
              action={
                <Button variant="outline" onClick={list.reset}>
                  {t('lists.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<IconBook2 size={30} stroke={1.5} />}
              title={t('legalProvisions.empty')}
              description={t('legalProvisions.emptyHint')}
              action={createButton}
            />
          )
        }
      />
    </>
  );
}
