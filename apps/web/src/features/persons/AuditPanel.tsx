import type { AuditEntry } from '@habeas/shared';
import { Anchor, Badge, Group, Pagination, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { SectionHeading } from './parts';
import { usePersonAudit } from './persons-api';

/** Person fields as the audit trail names them, shown with the form's labels. */
const FIELD_LABELS: Record<string, string> = {
  displayName: 'persons.fields.displayName',
  names: 'persons.sections.names',
  gender: 'persons.fields.gender',
  birthDate: 'persons.fields.birthDate',
  nationality: 'persons.fields.nationality',
  ethnicity: 'persons.fields.ethnicity',
  occupation: 'persons.fields.occupation',
  residenceRegion: 'persons.fields.region',
  notes: 'persons.fields.notes',
  healthNotes: 'persons.fields.healthNotes',
  address: 'persons.fields.address',
  statusOverride: 'persons.fields.statusOverride',
  statusOverrideOn: 'persons.fields.statusOverrideOn',
  confidentiality: 'confidentiality.label',
  deletedAt: 'common.deleted',
};

/** The History tab: who changed the person record, when and which fields (audit-trail readers only). */
export function AuditPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const query = usePersonAudit(personId, page, true);
  const field = (name: string) => {
    const key = FIELD_LABELS[name];
    return key ? t(key as 'common.deleted') : name;
  };
  const actor = (e: AuditEntry) => e.actorEmail ?? t('persons.audit.system');

  let body: ReactNode;
  if (query.isPending) body = <LoadingState rows={4} />;
  else if (query.isError && !query.data)
    body = (
      <ErrorState
        title={t('persons.audit.loadError')}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  else if (query.data.items.length === 0)
    body = <EmptyState icon={<IconHistory size={30} stroke={1.5} />} title={t('persons.audit.empty')} />;
  else {
    const lastPage = Math.max(1, Math.ceil(query.data.total / query.data.pageSize));
    body = (
      <>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-busy={query.isPlaceholderData ? 'true' : undefined}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('persons.audit.when')}</Table.Th>
                <Table.Th scope="col">{t('persons.audit.who')}</Table.Th>
                <Table.Th scope="col">{t('persons.audit.what')}</Table.Th>
                <Table.Th scope="col">{t('persons.audit.fields')}</Table.Th>
                <Table.Th scope="col">{t('persons.audit.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Th scope="row" fw={400}>
                    <time dateTime={e.occurredAt}>{format.dateTime(new Date(e.occurredAt))}</time>
                  </Table.Th>
                  <Table.Td>{actor(e)}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color="dark">
                      {t(`persons.audit.actions.${e.action}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.changedFields.map(field).join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/audit/${e.id}`} size="sm">
                      {t('persons.audit.open', { number: e.id })}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {lastPage > 1 ? (
          <Group justify="flex-end" mt="sm">
            <nav aria-label={t('lists.pagination')}>
              <Pagination
                total={lastPage}
                value={page}
                onChange={setPage}
                getItemProps={(p) => ({
                  'aria-label': t('lists.page', { page: p }),
                  'aria-current': p === page ? 'page' : undefined,
                })}
                getControlProps={(control) => ({ 'aria-label': t(`lists.${control}Page`) })}
              />
            </nav>
          </Group>
        ) : null}
      </>
    );
  }
  return (
    <section aria-labelledby="person-history">
      <SectionHeading id="person-history" title={t('persons.sections.history')} />
      <Text size="sm" mb="sm">
        {t('persons.audit.intro')}
      </Text>
      {body}
    </section>
  );
}
