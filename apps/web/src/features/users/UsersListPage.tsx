import { RoleSchema, type User } from '@habeas/shared';
import { Anchor, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconLock, IconPlus, IconShieldCheck, IconUserShield } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../auth/use-session';
import { EmptyState } from '../common/EmptyState';
import { PageHeader } from '../common/PageHeader';
import type { DataColumn } from '../lists/columns';
import { DataTable } from '../lists/DataTable';
import { defineList } from '../lists/list-state';
import { SearchBox } from '../lists/SearchBox';
import { listTableBinding } from '../lists/table-binding';
import { useListState } from '../lists/use-list-state';
import { NotAllowed } from './NotAllowed';
import { useUserList } from './users-api';

export const userList = defineList({
  sortable: ['email', 'name', 'role', 'createdAt', 'lastLoginAt'],
  defaultSort: 'name',
  defaultOrder: 'asc',
  filters: { role: RoleSchema, active: z.enum(['true', 'false']) },
});

/** Whether an account is locked now (too many failed logins). */
export function isLocked(user: Pick<User, 'lockedUntil'>, now = Date.now()): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
}

/** `/users` (administrators): staff accounts, their role, state and last login. */
export function UsersListPage() {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('read', 'User')) return <NotAllowed title={t('users.title')} />;
  return <UsersList />;
}

function UsersList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useCan();
  const list = useListState(userList);
  const { state } = list;
  const query = useUserList(list.apiQuery);

  const columns = useMemo<DataColumn<User>[]>(
    () => [
      {
        id: 'name',
        header: t('users.fields.name'),
        sortKey: 'name',
        hideable: false,
        rowHeader: true,
        cell: (u) => (
          <Stack gap={2}>
            <Anchor component={Link} to={`/users/${u.id}`} fw={600}>
              {u.name}
            </Anchor>
            <Text size="xs">{u.email}</Text>
          </Stack>
        ),
      },
      {
        id: 'email',
        header: t('users.fields.email'),
        sortKey: 'email',
        defaultHidden: true,
        cell: (u) => u.email,
      },
      { id: 'role', header: t('users.fields.role'), sortKey: 'role', cell: (u) => t(`roles.${u.role}`) },
      {
        id: 'state',
        header: t('users.fields.state'),
        cell: (u) => (
          <Group gap={4}>
            <Badge variant="outline" color={u.active ? 'habeas' : 'red.9'}>
              {u.active ? t('users.active') : t('users.inactive')}
            </Badge>
            {isLocked(u) ? (
              <Badge variant="outline" color="orange.9" leftSection={<IconLock size={12} aria-hidden />}>
                {t('users.locked')}
              </Badge>
            ) : null}
          </Group>
        ),
      },
      {
        id: 'totp',
        header: t('users.fields.totp'),
        cell: (u) =>
          u.totpEnabled ? (
            <Group gap={4} wrap="nowrap">
              <IconShieldCheck size={16} aria-hidden />
              <Text size="sm">{t('users.totpOn')}</Text>
            </Group>
          ) : (
            <Text size="sm">{u.totpRequired ? t('users.totpRequiredPending') : t('users.totpOff')}</Text>
          ),
      },
      {
        id: 'lastLoginAt',
        header: t('users.fields.lastLoginAt'),
        sortKey: 'lastLoginAt',
        cell: (u) => (u.lastLoginAt ? format.dateTime(new Date(u.lastLoginAt)) : t('users.never')),
      },
      {
        id: 'createdAt',
        header: t('common.createdAt'),
        sortKey: 'createdAt',
        defaultHidden: true,
        cell: (u) => format.dateTime(new Date(u.createdAt)),
      },
    ],
    [t, format],
  );

  const createButton = can('create', 'User') ? (
    <Button component={Link} to="/users/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('users.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('users.title')} description={t('users.description')} actions={createButton} />
      <DataTable
        {...listTableBinding(list, query)}
        id="users"
        caption={t('users.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(u) => u.id}
        errorTitle={t('users.loadError')}
        toolbar={
          <>
            <SearchBox
              value={state.q}
              onSearch={list.setQ}
              label={t('users.search')}
              placeholder={t('users.searchPlaceholder')}
              w={{ base: '100%', sm: 280 }}
            />
            <Select
              label={t('users.fields.role')}
              placeholder={t('lists.all')}
              clearable
              value={state.filters.role ?? null}
              onChange={(value) => list.setFilter('role', value ?? undefined)}
              data={RoleSchema.options.map((value) => ({ value, label: t(`roles.${value}`) }))}
              w={200}
            />
            <Select
              label={t('users.fields.state')}
              placeholder={t('lists.all')}
              clearable
              value={state.filters.active ?? null}
              onChange={(value) => list.setFilter('active', value ?? undefined)}
              data={[
                { value: 'true', label: t('users.active') },
                { value: 'false', label: t('users.inactive') },
              ]}
              w={180}
            />
          </>
        }
        empty={
          list.filtered ? (
            <EmptyState
              title={t('users.noMatch')}
              description={t('users.noMatchHint')}
              action={
                <Button variant="outline" onClick={list.reset}>
                  {t('lists.clearFilters')}
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<IconUserShield size={30} stroke={1.5} />}
              title={t('users.empty')}
              description={t('users.emptyHint')}
              action={createButton}
            />
          )
        }
      />
    </>
  );
}
