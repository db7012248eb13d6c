import { AuditActionSchema, type AuditEntry } from '@habeas/shared';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  CloseButton,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconFilter, IconHistory } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { useCan, useCurrentUser } from '../auth/use-session';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import { type EntityOption, EntityPicker } from '../forms/EntityPicker';
import type { DataColumn } from '../lists/columns';
import { DataTable } from '../lists/DataTable';
import { defineList } from '../lists/list-state';
import { useListState } from '../lists/use-list-state';
import { searchUserOptions, userKeys, useUser } from '../users/users-api';
import classes from './AuditListPage.module.css';
import type { AuditListParams } from './audit-api';
import { useAuditEntries } from './audit-api';
import { NotAllowed } from './NotAllowed';
import { ACTION_COLORS, AUDIT_ENTITY_TYPES, recordPath, useAuditLabels } from './use-audit-labels';
import { useFieldLabel } from './use-field-label';

const isoDay = z.iso.date();

export const auditList = defineList({
  sortable: ['occurredAt'],
  defaultSort: 'occurredAt',
  defaultOrder: 'desc',
  filters: {
    entityType: z.string().regex(/^[A-Za-z]{1,60}$/),
    entityId: z.string().max(100),
    action: AuditActionSchema,
    actorId: z.uuid(),
    from: isoDay,
    to: isoDay,
  },
});

/** `/audit`: every change, login and export, newest first, filtered by record, action, who and when. */
export function AuditListPage() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('read', 'AuditTrail')) return <NotAllowed title={t('audit.title')} />;
  return <AuditList />;
}

function AuditList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useAuditLabels();
  const fieldLabel = useFieldLabel();
  const can = useCan();
  const user = useCurrentUser();
  const isAdmin = can('read', 'User');
  const list = useListState(auditList);
  const { state } = list;
  const { filters } = state;
  const params: AuditListParams = { page: state.page, pageSize: state.pageSize, ...filters };
  const query = useAuditEntries(params);
  // Who an actor filter names: the picked user, or (admins, from a shared link) looked up.
  const [picked, setPicked] = useState<EntityOption | null>(null);
  const actorLookup = useUser(
    filters.actorId ?? '',
    isAdmin && Boolean(filters.actorId) && picked?.id !== filters.actorId,
  );
  const actorOption: EntityOption | null = filters.actorId
    ? picked?.id === filters.actorId
      ? picked
      : {
          id: filters.actorId,
          label: actorLookup.data?.name ?? filters.actorId,
          description: actorLookup.data?.email,
        }
    : null;
  const actorEmailInRows = query.data?.items.find((e) => e.actorId === filters.actorId)?.actorEmail ?? null;

  const columns = useMemo<DataColumn<AuditEntry>[]>(
    () => [
      {
        id: 'occurredAt',
        header: t('audit.fields.occurredAt'),
        hideable: false,
        rowHeader: true,
        cell: (e) => (
          <Anchor component={Link} to={`/audit/${e.id}`} fw={600}>
            {format.dateTime(new Date(e.occurredAt))}
          </Anchor>
        ),
      },
      {
        id: 'action',
        header: t('audit.fields.action'),
        cell: (e) => (
          <Badge variant="outline" color={ACTION_COLORS[e.action]}>
            {labels.action(e.action)}
          </Badge>
        ),
      },
      {
        id: 'record',
        header: t('audit.fields.record'),
        cell: (e) => {
          const path = recordPath(e.entityType, e.entityId);
          return (
            <Stack gap={2}>
              <Text size="sm">{labels.entityType(e.entityType)}</Text>
              {e.entityId ? (
                <Group gap="xs" wrap="nowrap">
                  {path ? (
                    <Anchor component={Link} to={path} size="xs">
                      {t('audit.openRecord')}
                    </Anchor>
                  ) : null}
                  {filters.entityId !== e.entityId ? (
                    <UnstyledButton
                      className={classes.linkButton}
                      onClick={() =>
                        list.update({
                          filters: { entityType: e.entityType, entityId: e.entityId ?? undefined },
                        })
                      }
                    >
                      {t('audit.recordHistory')}
                    </UnstyledButton>
                  ) : null}
                </Group>
              ) : null}
            </Stack>
          );
        },
      },
      {
        id: 'changedFields',
        header: t('audit.fields.changedFields'),
        cell: (e) =>
          e.changedFields.length === 0 ? (
            ''
          ) : (
            <Text size="sm" lineClamp={2}>
              {e.changedFields.map(fieldLabel).join(', ')}
            </Text>
          ),
      },
      {
        id: 'actor',
        header: t('audit.fields.actor'),
        cell: (e) => {
          const who = e.actorEmail ?? (e.actorId ? e.actorId : t('audit.system'));
          if (!e.actorId || filters.actorId === e.actorId) return <Text size="sm">{who}</Text>;
          return (
            <UnstyledButton
              className={classes.linkButton}
              onClick={() => list.setFilter('actorId', e.actorId ?? undefined)}
              title={t('audit.onlyBy', { name: who })}
            >
              {who}
            </UnstyledButton>
          );
        },
      },
    ],
    [t, format, labels, fieldLabel, filters.entityId, filters.actorId, list],
  );

  const actorFilter = isAdmin ? (
    <EntityPicker
      label={t('audit.fields.actor')}
      placeholder={t('audit.anyone')}
      value={actorOption}
      onChange={(option) => {
        setPicked(option);
        list.setFilter('actorId', option?.id);
      }}
      queryKey={userKeys.picker()}
      search={searchUserOptions}
      w={240}
    />
  ) : (
    <Checkbox
      label={t('audit.onlyMine')}
      checked={filters.actorId === user.id}
      onChange={(event) => list.setFilter('actorId', event.currentTarget.checked ? user.id : undefined)}
      mb={8}
    />
  );

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      {filters.entityId || (filters.actorId && !isAdmin && filters.actorId !== user.id) ? (
        <Group gap="xs" mb="sm" role="group" aria-label={t('audit.activeFilters')}>
          <IconFilter size={16} aria-hidden />
          {filters.entityId ? (
            <Badge
              variant="light"
              size="lg"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('audit.clearRecordFilter')}
                  onClick={() => list.update({ filters: { entityId: undefined } })}
                />
              }
            >
              {t('audit.oneRecord', { type: labels.entityType(filters.entityType ?? '') })}
            </Badge>
          ) : null}
          {filters.actorId && !isAdmin && filters.actorId !== user.id ? (
            <Badge
              variant="light"
              size="lg"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('audit.clearActorFilter')}
                  onClick={() => list.setFilter('actorId', undefined)}
                />
              }
            >
              {t('audit.byActor', { name: actorEmailInRows ?? filters.actorId })}
            </Badge>
          ) : null}
        </Group>
      ) : null}
      <DataTable
        id="audit"
        caption={t('audit.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(e) => e.id}
        total={query.data?.total}
        page={state.page}
        pageSize={state.pageSize}
        onPageChange={list.setPage}
        onPageSizeChange={list.setPageSize}
        loading={query.isPending}
        refreshing={query.isPlaceholderData}
        error={query.error}
        errorTitle={t('audit.loadError')}
        onRetry={() => void query.refetch()}
        toolbar={
          <>
            <Select
              label={t('audit.fields.entityType')}
              placeholder={t('lists.all')}
              clearable
              searchable
              value={filters.entityType ?? null}
              onChange={(value) =>
                list.update({ filters: { entityType: value ?? undefined, entityId: undefined } })
              }
              data={AUDIT_ENTITY_TYPES.map((value) => ({ value, label: labels.entityType(value) })).sort(
                (a, b) => a.label.localeCompare(b.label, format.language),
              )}
              w={220}
            />
            <Select
              label={t('audit.fields.action')}
              placeholder={t('lists.all')}
              clearable
              value={filters.action ?? null}
              onChange={(value) => list.setFilter('action', value ?? undefined)}
              data={AuditActionSchema.options.map((value) => ({ value, label: labels.action(value) }))}
              w={200}
            />
            {actorFilter}
            <TextInput
              type="date"
              label={t('audit.from')}
              value={filters.from ?? ''}
              max={filters.to}
              onChange={(event) => list.setFilter('from', event.currentTarget.value || undefined)}
              w={170}
            />
            <TextInput
              type="date"
              label={t('audit.to')}
              value={filters.to ?? ''}
              min={filters.from}
              onChange={(event) => list.setFilter('to', event.currentTarget.value || undefined)}
              w={170}
            />
          </>
        }
        empty={
          list.filtered ? (
            <EmptyState
              title={t('audit.noMatch')}
              description={t('audit.noMatchHint')}
              action={
                <Button variant="outline" onClick={list.reset}>
                  {t('lists.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<IconHistory size={30} stroke={1.5} />}
              title={t('audit.empty')}
              description={t('audit.emptyHint')}
            />
          )
        }
      />
    </>
  );
}
