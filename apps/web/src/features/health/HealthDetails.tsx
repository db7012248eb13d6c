import type { Health } from '@habeas/shared';
import { Alert, Card, Group, List, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { StatusBadge } from './StatusBadge';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="50%">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function Names({ names }: { names: string[] }) {
  const { t } = useTranslation();
  if (names.length === 0) return <>{t('common.none')}</>;
  return (
    <List size="sm" spacing={2}>
      {names.map((name) => (
        <List.Item key={name}>
          <Text span ff="monospace" size="sm">
            {name}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

export function HealthDetails({ health }: { health: Health }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { database } = health;
  const ok = health.status === 'ok';
  return (
    <>
      <Group gap="sm" mb="md">
        <Text fw={600}>{t('health.status')}:</Text>
        <StatusBadge good={ok} label={ok ? t('health.ok') : t('health.degraded')} />
      </Group>
      {ok ? null : (
        <Alert color="red.9" variant="outline" icon={<IconAlertTriangle aria-hidden />} mb="md">
          {t('health.degradedHint')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="md" component="section" aria-labelledby="health-database">
          <Title order={2} size="h4" id="health-database" mb="sm">
            {t('health.database')}
          </Title>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <Row label={t('health.reachable')}>
                <StatusBadge
                  good={database.reachable}
                  label={database.reachable ? t('common.yes') : t('common.no')}
                />
              </Row>
              <Row label={t('health.mode')}>
                {database.embedded ? t('health.embedded') : t('health.server')}
              </Row>
              <Row label={t('health.postgresVersion')}>{database.serverVersion ?? t('common.unknown')}</Row>
              <Row label={t('health.migrationsApplied')}>{format.number(database.migrations.applied)}</Row>
              <Row label={t('health.migrationsPending')}>
                <Names names={database.migrations.pending} />
              </Row>
              {database.migrations.failed.length > 0 ? (
                <Row label={t('health.migrationsFailed')}>
                  <Names names={database.migrations.failed} />
                </Row>
              ) : null}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="health-application">
          <Title order={2} size="h4" id="health-application" mb="sm">
            {t('health.application')}
          </Title>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <Row label={t('health.appVersion')}>{health.version}</Row>
              <Row label={t('health.uptime')}>{format.duration(health.uptimeSeconds)}</Row>
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
    </>
  );
}
