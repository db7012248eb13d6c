import {
  GenderSchema,
  isValidIsoDate,
  type PersonListItem,
  PersonStatusSchema,
  ProvisionCategorySchema,
} from '@habeas/shared';
import {
  Anchor,
  Button,
  Checkbox,
  Collapse,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAdjustmentsHorizontal, IconPlus, IconUsers } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
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
import { defineList } from '../lists/list-state';
import { SearchBox } from '../lists/SearchBox';
import { listTableBinding } from '../lists/table-binding';
import { useListState } from '../lists/use-list-state';
import {
  getOrganisation,
  organisationKeys,
  searchOrganisationOptions,
} from '../organisations/organisations-api';
import { useOrganisationLabels } from '../organisations/use-organisation-labels';
import { ListSavedSearchMenu } from '../saved-searches';
import { DateBoundFilter, IdFilterPicker, TextFilter, YearsFilter } from './filters';
import { PersonStatusBadge } from './PersonStatusBadge';
import {
  filterKeys,
  getEventOption,
  getLegalProvision,
  provisionOption,
  searchEventOptions,
  searchLegalProvisions,
  usePersonList,
} from './persons-api';
import { usePersonLabels } from './use-person-labels';

const DateBoundSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/);
const IsoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isValidIsoDate);

/** A sentence length in whole months, as the API takes it. */
const MonthsSchema = z.string().regex(/^\d{1,4}$/);

export const personList = defineList({
  sortable: ['displayName', 'birthDate', 'createdAt', 'updatedAt'],
  defaultSort: 'displayName',
  defaultOrder: 'asc',
  filters: {
    status: PersonStatusSchema,
    statusOn: IsoDaySchema,
    region: z.string().trim().min(1).max(200),
    gender: GenderSchema,
    legalProvisionId: z.uuid(),
    organisationId: z.uuid(),
    eventId: z.uuid(),
    arrestedFrom: DateBoundSchema,
    arrestedTo: DateBoundSchema,
    provisionCategory: ProvisionCategorySchema,
    verdictFrom: DateBoundSchema,
    verdictTo: DateBoundSchema,
    releasedFrom: DateBoundSchema,
    releasedTo: DateBoundSchema,
    sentenceMinMonths: MonthsSchema,
    sentenceMaxMonths: MonthsSchema,
    hasPendingAppeal: z.enum(['true', 'false']),
    includeDeleted: z.enum(['true']),
  },
});

/** The filters behind "More filters" (status and the search stay in view). */
const MORE_FILTERS = [
  'statusOn',
  'region',
  'gender',
  'legalProvisionId',
  'organisationId',
  'eventId',
  'arrestedFrom',
  'arrestedTo',
  'provisionCategory',
  'verdictFrom',
  'verdictTo',
  'releasedFrom',
  'releasedTo',
  'sentenceMinMonths',
  'sentenceMaxMonths',
  'hasPendingAppeal',
  'includeDeleted',
] as const;

/** Spellings other than the display name ("Владимир Козлов · Владимир Қозлов"). */
function otherNames(p: PersonListItem): string {
  return p.names
    .map((n) => n.value)
    .filter((v, i, all) => v !== p.displayName && all.indexOf(v) === i)
    .slice(0, 3)
    .join(' · ');
}

/** /persons: search in any script, filters, sort, pages and chosen columns; all of it in the URL. */
export function PersonsListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = usePersonLabels();
  const orgLabels = useOrganisationLabels();
  const can = useCan();
  const user = useCurrentUser();
  const list = useListState(personList);
  const { state } = list;
  const { filters } = state;
  const query = usePersonList(list.apiQuery);
  const canCreate = can('create', 'CaseData');
  // The API includes deleted persons for every role but viewers.
  const canSeeDeleted = user.role !== 'viewer';
  const activeMore = MORE_FILTERS.filter((name) => filters[name] !== undefined).length;
  const [moreOpen, setMoreOpen] = useState(activeMore > 0);
  const statusOnLabel = filters.statusOn
    ? t('persons.list.statusOnColumn', {
        date: format.impreciseDate({ value: filters.statusOn, precision: 'day' }),
      })
    : t('persons.fields.status');

  const columns = useMemo<DataColumn<PersonListItem>[]>(
    () => [
      {
        id: 'name',
        header: t('persons.fields.displayName'),
        sortKey: 'displayName',
        hideable: false,
        rowHeader: true,
        cell: (p) => (
          <Group gap="xs" wrap="nowrap">
            <Anchor component={Link} to={`/persons/${p.id}`} fw={600}>
              {p.displayName}
            </Anchor>
            {p.deletedAt ? <DeletedBadge size="sm" /> : null}
          </Group>
        ),
      },
      { id: 'otherNames', header: t('persons.fields.otherNames'), cell: (p) => otherNames(p) },
      {
        id: 'status',
        header: statusOnLabel,
        // Wide enough for the longest status word ("Pretrial detention") in every language.
        width: 190,
        cell: (p) => <PersonStatusBadge status={p.status} />,
      },
      { id: 'region', header: t('persons.fields.region'), cell: (p) => p.residenceRegion ?? '' },
      {
        id: 'arrested',
        header: t('persons.fields.firstDetained'),
        cell: (p) => labels.date(p.firstDetainedOn) ?? '',
      },
      {
        id: 'sentence',
        header: t('persons.list.sentenceColumn'),
        cell: (p) =>
          p.sentence
            ? [labels.sentenceKind(p.sentence.kind), labels.term(p.sentence.term)].filter(Boolean).join(', ')
            : '',
      },
      {
        id: 'release',
        header: t('persons.list.releaseColumn'),
        cell: (p) =>
          p.sentence?.releaseOn
            ? t(p.sentence.released ? 'persons.list.releasedOn' : 'persons.list.expectedOn', {
                date: labels.date(p.sentence.releaseOn),
              })
            : '',
      },
      {
        id: 'birthDate',
        header: t('persons.fields.birthDate'),
        sortKey: 'birthDate',
        defaultHidden: true,
        cell: (p) => labels.date(p.birthDate) ?? '',
      },
      {
        id: 'gender',
        header: t('persons.fields.gender'),
        defaultHidden: true,
        cell: (p) => labels.gender(p.gender),
      },
      {
        id: 'occupation',
        header: t('persons.fields.occupation'),
        defaultHidden: true,
        cell: (p) => p.occupation ?? '',
      },
      {
        id: 'nationality',
        header: t('persons.fields.nationality'),
        defaultHidden: true,
        cell: (p) => p.nationality ?? '',
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
    [t, labels, format, statusOnLabel],
  );

  const createButton = canCreate ? (
    <Button component={Link} to="/persons/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('persons.new')}
    </Button>
  ) : null;

  const setFilter = (name: (typeof MORE_FILTERS)[number] | 'status', value: string | undefined) =>
    list.setFilter(name, value);

  return (
    <>
      <PageHeader
        title={t('persons.title')}
        description={t('persons.description')}
        actions={
          <>
            <ListSavedSearchMenu scope="persons" list={list} config={personList} />
            <ExportMenu
              kind="persons"
              filters={{ q: state.q || undefined, ...state.filters }}
              total={query.data?.total}
            />
            {createButton}
          </>
        }
      />
      <Stack gap="md">
        <DataTable
          {...listTableBinding(list, query)}
          id="persons"
          caption={t('persons.title')}
          columns={columns}
          rows={query.data?.items}
          rowKey={(p) => p.id}
          errorTitle={t('persons.loadError')}
          toolbar={
            <Stack gap="sm" w="100%">
              <Group align="flex-end" gap="sm" wrap="wrap">
                <SearchBox
                  value={state.q}
                  onSearch={list.setQ}
                  label={t('persons.search')}
                  placeholder={t('persons.searchPlaceholder')}
                  w={{ base: '100%', sm: 320 }}
                />
                <Select
                  label={statusOnLabel}
                  placeholder={t('lists.all')}
                  clearable
                  value={filters.status ?? null}
                  onChange={(value) => setFilter('status', value ?? undefined)}
                  data={PersonStatusSchema.options.map((value) => ({ value, label: labels.status(value) }))}
                  w={220}
                />
                <Button
                  variant={activeMore > 0 ? 'light' : 'outline'}
                  leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
                  onClick={() => setMoreOpen((open) => !open)}
                  aria-expanded={moreOpen}
                  aria-controls="person-filters"
                >
                  {activeMore > 0
                    ? t('persons.list.moreFiltersActive', { number: activeMore })
                    : t('persons.list.moreFilters')}
                </Button>
              </Group>
              <Collapse expanded={moreOpen} id="person-filters">
                <Paper withBorder p="md" component="fieldset" style={{ margin: 0 }}>
                  <Text component="legend" fw={600} size="sm" px={4}>
                    {t('persons.list.moreFilters')}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
                    <TextFilter
                      label={t('persons.fields.region')}
                      value={filters.region}
                      onApply={(value) => setFilter('region', value)}
                    />
                    <Select
                      label={t('persons.fields.gender')}
                      placeholder={t('lists.all')}
                      clearable
                      value={filters.gender ?? null}
                      onChange={(value) => setFilter('gender', value ?? undefined)}
                      data={GenderSchema.options.map((value) => ({ value, label: labels.gender(value) }))}
                    />
                    <IdFilterPicker
                      label={t('persons.list.legalProvision')}
                      value={filters.legalProvisionId}
                      onApply={(id) => setFilter('legalProvisionId', id)}
                      pickerKey={filterKeys.provisionPicker}
                      search={async (q, signal) =>
                        (await searchLegalProvisions(q, signal)).map((p) =>
                          provisionOption(p, labels.provisionTitle(p)),
                        )
                      }
                      resolveKey={filterKeys.provision}
                      resolve={async (id, signal) => {
                        const p = await getLegalProvision(id, signal);
                        return provisionOption(p, labels.provisionTitle(p));
                      }}
                    />
                    <IdFilterPicker
                      label={t('persons.list.organisation')}
                      value={filters.organisationId}
                      onApply={(id) => setFilter('organisationId', id)}
                      pickerKey={organisationKeys.picker()}
                      search={(q, signal) => searchOrganisationOptions(q, signal, orgLabels.summary)}
                      resolveKey={(id) => [...organisationKeys.detail(id), 'option']}
                      resolve={async (id, signal) => {
                        const o = await getOrganisation(id, signal);
                        return { id: o.id, label: o.name };
                      }}
                    />
                    <IdFilterPicker
                      label={t('persons.list.event')}
                      value={filters.eventId}
                      onApply={(id) => setFilter('eventId', id)}
                      pickerKey={filterKeys.eventPicker}
                      search={(q, signal) => searchEventOptions(q, signal, (d) => labels.date(d) ?? '')}
                      resolveKey={filterKeys.event}
                      resolve={getEventOption}
                    />
                    <DateBoundFilter
                      label={t('persons.list.arrestedFrom')}
                      value={filters.arrestedFrom}
                      onApply={(value) => setFilter('arrestedFrom', value)}
                    />
                    <DateBoundFilter
                      label={t('persons.list.arrestedTo')}
                      value={filters.arrestedTo}
                      onApply={(value) => setFilter('arrestedTo', value)}
                    />
                    <Select
                      label={t('persons.list.provisionCategory')}
                      placeholder={t('lists.all')}
                      clearable
                      value={filters.provisionCategory ?? null}
                      onChange={(value) => setFilter('provisionCategory', value ?? undefined)}
                      data={ProvisionCategorySchema.options.map((value) => ({
                        value,
                        label: t(`reports.categories.${value}`),
                      }))}
                    />
                    <DateBoundFilter
                      label={t('persons.list.verdictFrom')}
                      value={filters.verdictFrom}
                      onApply={(value) => setFilter('verdictFrom', value)}
                    />
                    <DateBoundFilter
                      label={t('persons.list.verdictTo')}
                      value={filters.verdictTo}
                      onApply={(value) => setFilter('verdictTo', value)}
                    />
                    <Select
                      label={t('persons.list.pendingAppeal')}
                      placeholder={t('lists.all')}
                      clearable
                      value={filters.hasPendingAppeal ?? null}
                      onChange={(value) => setFilter('hasPendingAppeal', value ?? undefined)}
                      data={[
                        { value: 'true', label: t('persons.list.pendingAppealYes') },
                        { value: 'false', label: t('persons.list.pendingAppealNo') },
                      ]}
                    />
                    <DateBoundFilter
                      label={t('persons.list.releasedFrom')}
                      value={filters.releasedFrom}
                      onApply={(value) => setFilter('releasedFrom', value)}
                    />
                    <DateBoundFilter
                      label={t('persons.list.releasedTo')}
                      value={filters.releasedTo}
                      onApply={(value) => setFilter('releasedTo', value)}
                    />
                    <YearsFilter
                      label={t('persons.list.sentenceMin')}
                      description={t('persons.list.sentenceYearsHint')}
                      value={filters.sentenceMinMonths}
                      onApply={(value) => setFilter('sentenceMinMonths', value)}
                    />
                    <YearsFilter
                      label={t('persons.list.sentenceMax')}
                      description={t('persons.list.sentenceYearsHint')}
                      value={filters.sentenceMaxMonths}
                      onApply={(value) => setFilter('sentenceMaxMonths', value)}
                    />
                    <TextInput
                      type="date"
                      label={t('persons.list.statusOn')}
                      description={t('persons.list.statusOnHint')}
                      value={filters.statusOn ?? ''}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        if (value === '' || IsoDaySchema.safeParse(value).success)
                          setFilter('statusOn', value || undefined);
                      }}
                    />
                  </SimpleGrid>
                  {canSeeDeleted ? (
                    <Checkbox
                      mt="md"
                      label={t('lists.showDeleted')}
                      checked={filters.includeDeleted === 'true'}
                      onChange={(event) =>
                        setFilter('includeDeleted', event.currentTarget.checked ? 'true' : undefined)
                      }
                    />
                  ) : null}
                </Paper>
              </Collapse>
            </Stack>
          }
          empty={
            list.filtered ? (
              <EmptyState
                title={t('persons.noMatch')}
                description={t('lists.noMatchHint')}
                action={
                  <Button variant="outline" onClick={list.reset}>
                    {t('lists.clearFilters')}
                  </Button>
                }
              />
            ) : (
              <EmptyState
                icon={<IconUsers size={30} stroke={1.5} />}
                title={t('persons.empty')}
                description={t('persons.emptyHint')}
                action={createButton}
              />
            )
          }
        />
      </Stack>
    </>
  );
}
