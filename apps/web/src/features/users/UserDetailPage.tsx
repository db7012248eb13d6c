import type { User } from '@habeas/shared';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useFormatters } from '../../i18n/format';
import { useCan, useCurrentUser } from '../auth/use-session';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { NotAllowed } from './NotAllowed';
import { UserAccountForm } from './UserAccountForm';
import { UserSecurityActions } from './UserSecurityActions';
import { UserSessions } from './UserSessions';
import { isLocked } from './UsersListPage';
import { useUser } from './users-api';

/** `/users/:id` (administrators): edit role, state and two-step requirement; password, 2FA, sessions. */
export function UserDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const allowed = can('read', 'User');
  const query = useUser(id, allowed);

  if (!allowed) return <NotAllowed title={t('users.detailTitle')} />;
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('users.detailTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('users.notFound') : t('users.detailTitle')} />
        {notFound ? (
          <Button
            component={Link}
            to="/users"
            variant="outline"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
          >
            {t('users.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('users.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </>
    );
  }
  return <UserDetails user={query.data} />;
}

function UserDetails({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const me = useCurrentUser();
  const self = me.id === user.id;

  return (
    <>
      <PageHeader
        title={user.name}
        description={user.email}
        actions={
          <Button
            component={Link}
            to="/users"
            variant="outline"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
          >
            {t('users.backToList')}
          </Button>
        }
      />
      <Group gap="xs" mt={-8} mb="lg">
        <Badge variant="outline" color="dark">
          {t(`roles.${user.role}`)}
        </Badge>
        <Badge variant="outline" color={user.active ? 'habeas' : 'red.9'}>
          {user.active ? t('users.active') : t('users.inactive')}
        </Badge>
        {user.totpEnabled ? (
          <Badge variant="outline" color="habeas" leftSection={<IconShieldCheck size={12} aria-hidden />}>
            {t('users.totpOn')}
          </Badge>
        ) : null}
        {isLocked(user) ? (
          <Badge variant="outline" color="orange.9" leftSection={<IconLock size={12} aria-hidden />}>
            {t('users.lockedUntil', { time: format.dateTime(new Date(user.lockedUntil as string)) })}
          </Badge>
        ) : null}
        {self ? (
          <Badge variant="light" color="gray.8">
            {t('users.you')}
          </Badge>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card withBorder padding="md" component="section" aria-labelledby="user-account">
          <Title order={2} size="h4" id="user-account" mb="sm">
            {t('users.sections.account')}
          </Title>
          <UserAccountForm key={`${user.id}:${user.version}`} user={user} />
        </Card>
        <Stack gap="lg">
          <Card withBorder padding="md" component="section" aria-labelledby="user-security">
            <Title order={2} size="h4" id="user-security" mb="sm">
              {t('users.sections.security')}
            </Title>
            <UserSecurityActions user={user} />
          </Card>
          <Card withBorder padding="md" component="section" aria-labelledby="user-record">
            <Title order={2} size="h4" id="user-record" mb="sm">
              {t('users.sections.record')}
            </Title>
            <Stack gap={4}>
              <Text size="sm">
                {t('users.fields.lastLoginAt')}:{' '}
                {user.lastLoginAt ? format.dateTime(new Date(user.lastLoginAt)) : t('users.never')}
              </Text>
              <Text size="sm">
                {t('common.createdAt')}: {format.dateTime(new Date(user.createdAt))}
              </Text>
              <Text size="sm">
                {t('common.updatedAt')}: {format.dateTime(new Date(user.updatedAt))}
              </Text>
              <Anchor
                component={Link}
                to={`/audit?${new URLSearchParams({ entityType: 'User', entityId: user.id })}`}
                size="sm"
              >
                {t('users.auditTrail')}
              </Anchor>
            </Stack>
          </Card>
        </Stack>
      </SimpleGrid>
      <Card withBorder padding="md" component="section" aria-labelledby="user-sessions" mt="lg">
        <Title order={2} size="h4" id="user-sessions" mb="sm">
          {t('users.sections.sessions')}
        </Title>
        <UserSessions user={user} />
      </Card>
    </>
  );
}
