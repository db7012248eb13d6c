import type { User } from '@habeas/shared';
import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDevicesOff, IconShieldCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../auth/use-session';
import { describeError } from '../common/describe-error';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { revokeUserSessions, userKeys, useUserSessions } from './users-api';

/** The user's open sessions (device, address, last seen) and "End all sessions". */
export function UserSessions({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useCan();
  const queryClient = useQueryClient();
  const query = useUserSessions(user.id);
  const [confirming, setConfirming] = useState(false);

  const revoke = useMutation({
    mutationFn: () => revokeUserSessions(user.id),
    onSuccess: (revoked) => {
      setConfirming(false);
      void queryClient.invalidateQueries({ queryKey: userKeys.sessions(user.id) });
      notifications.show({
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
        message: t('users.sessionsRevoked', { n: format.number(revoked), name: user.name }),
      });
    },
    onError: (error) => {
      setConfirming(false);
      notifications.show({
        color: 'red.9',
        title: t('users.actionFailed'),
        message: describeError(error, t).message,
      });
    },
  });

  if (query.isPending) return <LoadingState rows={3} />;
  if (query.isError) {
    return (
      <ErrorState
        title={t('users.sessionsLoadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const sessions = query.data.items;
  if (sessions.length === 0) {
    return <EmptyState icon={<IconDevicesOff size={30} stroke={1.5} />} title={t('users.noSessions')} />;
  }

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs">
          <Table.Caption>{t('users.sessionsCaption', { name: user.name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('users.session.device')}</Table.Th>
              <Table.Th scope="col">{t('users.session.ipAddress')}</Table.Th>
              <Table.Th scope="col">{t('users.session.createdAt')}</Table.Th>
              <Table.Th scope="col">{t('users.session.lastSeenAt')}</Table.Th>
              <Table.Th scope="col">{t('users.session.expiresAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((s) => (
              <Table.Tr key={`${s.createdAt}:${s.ipAddress ?? ''}:${s.userAgent ?? ''}`}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {s.userAgent ?? t('common.unknown')}
                    </Text>
                    <Group gap={4}>
                      {s.current ? (
                        <Badge size="xs" variant="light">
                          {t('users.session.current')}
                        </Badge>
                      ) : null}
                      {s.totpVerified ? (
                        <Badge
                          size="xs"
                          variant="outline"
                          leftSection={<IconShieldCheck size={10} aria-hidden />}
                        >
                          {t('users.session.totpVerified')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td>{s.ipAddress ?? t('common.unknown')}</Table.Td>
                <Table.Td>{format.dateTime(new Date(s.createdAt))}</Table.Td>
                <Table.Td>{format.dateTime(new Date(s.lastSeenAt))}</Table.Td>
                <Table.Td>{format.dateTime(new Date(s.expiresAt))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {can('update', 'User') ? (
        <Group>
          <Button
            variant="outline"
            color="red.9"
            leftSection={<IconDevicesOff size={18} aria-hidden />}
            onClick={() => setConfirming(true)}
          >
            {t('users.revokeSessions')}
          </Button>
        </Group>
      ) : null}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('users.revokeSessionsTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text>{t('users.revokeSessionsConfirm', { name: user.name })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={revoke.isPending} onClick={() => revoke.mutate()}>
              {t('users.revokeSessions')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
