import { type AuditEntryDetail, ErrorCode } from '@habeas/shared';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconArrowLeft,
  IconCheck,
  IconHistory,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../auth/use-session';
import { describeError } from '../common/describe-error';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { AuditValue } from './AuditValue';
import {
  auditKeys,
  currentVersionOf,
  expectedCurrentVersion,
  revertAuditEntry,
  useAuditEntry,
} from './audit-api';
import { NotAllowed } from './NotAllowed';
import { ACTION_COLORS, recordPath, useAuditLabels } from './use-audit-labels';
import { useFieldLabel } from './use-field-label';

/** Bookkeeping fields every change touches: listed after the fields the person changed. */
const BOOKKEEPING = new Set(['version', 'updatedAt']);

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="35%">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** `/audit/:id`: one entry: who, when, what, the record before and after, field by field. */
export function AuditEntryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const query = useAuditEntry(id);

  if (!can('read', 'AuditTrail')) return <NotAllowed title={t('audit.entryTitle')} />;
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('audit.entryTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound =
      isApiError(query.error) && (query.error.statusCode === 404 || query.error.statusCode === 400);
    return (
      <>
        <PageHeader title={notFound ? t('audit.notFound') : t('audit.entryTitle')} />
        {notFound ? (
          <Button
            component={Link}
            to="/audit"
            variant="outline"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
          >
            {t('audit.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('audit.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </>
    );
  }
  return <EntryDetails entry={query.data} />;
}

function EntryDetails({ entry }: { entry: AuditEntryDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useAuditLabels();
  const fieldLabel = useFieldLabel();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  /** After a 409: the record's version now, to revert against it if the user still wants to. */
  const [conflict, setConflict] = useState<{ version: number | null } | null>(null);

  const who = entry.actorEmail ?? (entry.actorId ? entry.actorId : t('audit.system'));
  const type = labels.entityType(entry.entityType);
  const path = recordPath(entry.entityType, entry.entityId);
  const changes = [...entry.changes].sort(
    (a, b) => Number(BOOKKEEPING.has(a.field)) - Number(BOOKKEEPING.has(b.field)),
  );
  const revertedFields = entry.changes
    .filter((c) => !BOOKKEEPING.has(c.field))
    .map((c) => fieldLabel(c.field));
  const canRevert = entry.revertible && can('update', 'AuditTrail');

  const revert = useMutation({
    mutationFn: (version: number) => revertAuditEntry(entry.id, version),
    onSuccess: (created) => {
      setConfirming(false);
      setConflict(null);
      void queryClient.invalidateQueries({ queryKey: auditKeys.all });
      // The record changed: every cached copy of it is stale.
      void queryClient.invalidateQueries({
        predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'audit',
      });
      notifications.show({
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
        title: t('audit.reverted'),
        message: t('audit.revertedHint'),
      });
      void navigate(`/audit/${created.id}`);
    },
    onError: (error) => {
      if (isApiError(error) && error.code === ErrorCode.VERSION_CONFLICT) {
        setConflict({ version: currentVersionOf(error.details) });
        return;
      }
      setConfirming(false);
      notifications.show({
        color: 'red.9',
        title: t('audit.revertFailed'),
        message: describeError(error, t).message,
      });
    },
  });

  const close = () => {
    setConfirming(false);
    setConflict(null);
  };

  return (
    <>
      <PageHeader
        title={t('audit.entryHeading', { action: labels.action(entry.action), type })}
        description={t('audit.entryDescription', {
          who,
          time: format.dateTime(new Date(entry.occurredAt)),
        })}
        actions={
          <>
            <Button
              component={Link}
              to="/audit"
              variant="outline"
              leftSection={<IconArrowLeft size={18} aria-hidden />}
            >
              {t('audit.backToList')}
            </Button>
            {canRevert ? (
              <Button
                leftSection={<IconArrowBackUp size={18} aria-hidden />}
                onClick={() => setConfirming(true)}
              >
                {t('audit.revert')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Card withBorder padding="md" component="section" aria-labelledby="audit-summary">
            <Title order={2} size="h4" id="audit-summary" mb="sm">
              {t('audit.summary')}
            </Title>
            <Table variant="vertical" layout="fixed">
              <Table.Tbody>
                <Row label={t('audit.fields.occurredAt')}>{format.dateTime(new Date(entry.occurredAt))}</Row>
                <Row label={t('audit.fields.action')}>
                  <Badge variant="outline" color={ACTION_COLORS[entry.action]}>
                    {labels.action(entry.action)}
                  </Badge>
                </Row>
                <Row label={t('audit.fields.actor')}>{who}</Row>
                <Row label={t('audit.fields.record')}>
                  <Stack gap={2}>
                    <Text size="sm">{type}</Text>
                    {path ? (
                      <Anchor component={Link} to={path} size="sm">
                        {t('audit.openRecord')}
                      </Anchor>
                    ) : null}
                    {entry.entityId ? (
                      <Anchor
                        component={Link}
                        to={`/audit?${new URLSearchParams({ entityType: entry.entityType, entityId: entry.entityId })}`}
                        size="sm"
                      >
                        <Group gap={4} component="span" wrap="nowrap">
                          <IconHistory size={14} aria-hidden />
                          {t('audit.recordHistory')}
                        </Group>
                      </Anchor>
                    ) : null}
                  </Stack>
                </Row>
                {entry.requestId ? (
                  <Row label={t('audit.fields.requestId')}>
                    <Code>{entry.requestId}</Code>
                  </Row>
                ) : null}
                {entry.ipAddress ? <Row label={t('audit.fields.ipAddress')}>{entry.ipAddress}</Row> : null}
                {entry.userAgent ? (
                  <Row label={t('audit.fields.userAgent')}>
                    <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {entry.userAgent}
                    </Text>
                  </Row>
                ) : null}
              </Table.Tbody>
            </Table>
          </Card>
          {entry.details !== null && entry.details !== undefined ? (
            <Card withBorder padding="md" component="section" aria-labelledby="audit-details">
              <Title order={2} size="h4" id="audit-details" mb="sm">
                {t('audit.details')}
              </Title>
              <AuditValue value={entry.details} />
            </Card>
          ) : null}
        </SimpleGrid>
        <Card withBorder padding="md" component="section" aria-labelledby="audit-changes">
          <Title order={2} size="h4" id="audit-changes" mb="sm">
            {t('audit.changes')}
          </Title>
          {changes.length === 0 ? (
            <Text size="sm">{t('audit.noChanges')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table withTableBorder layout="fixed" verticalSpacing="sm">
                <Table.Caption>{t('audit.changesCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w="22%">
                      {t('audit.field')}
                    </Table.Th>
                    <Table.Th scope="col">{t('audit.before')}</Table.Th>
                    <Table.Th scope="col">{t('audit.after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {changes.map((change) => (
                    <Table.Tr key={change.field}>
                      <Table.Th scope="row">
                        <Stack gap={2}>
                          <Text size="sm" fw={700}>
                            {fieldLabel(change.field)}
                          </Text>
                          <Text size="xs">{labels.changeKind(change.kind)}</Text>
                        </Stack>
                      </Table.Th>
                      <Table.Td data-side="before" bg={change.kind === 'added' ? undefined : 'red.0'}>
                        <AuditValue value={change.before} />
                      </Table.Td>
                      <Table.Td data-side="after" bg={change.kind === 'removed' ? undefined : 'green.0'}>
                        <AuditValue value={change.after} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      </Stack>
      <Modal
        opened={confirming}
        onClose={close}
        title={t('audit.confirmRevertTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          {conflict ? (
            <Alert
              color="orange.9"
              variant="outline"
              icon={<IconAlertTriangle aria-hidden />}
              title={t('audit.conflictTitle')}
            >
              <Text size="sm">
                {conflict.version === null ? t('audit.conflictGone') : t('audit.conflictExplanation')}
              </Text>
            </Alert>
          ) : (
            <Text>
              {entry.action === 'delete'
                ? t('audit.confirmRevertDelete', { type })
                : t('audit.confirmRevertUpdate', { fields: revertedFields.join(', ') })}
            </Text>
          )}
          {!conflict && entry.action !== 'delete' ? (
            <Text size="sm">{t('audit.confirmRevertHint')}</Text>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="outline" onClick={close}>
              {t('common.cancel')}
            </Button>
            {conflict ? (
              conflict.version !== null ? (
                <Button
                  color="orange.9"
                  leftSection={<IconArrowBackUp size={18} aria-hidden />}
                  loading={revert.isPending}
                  onClick={() => revert.mutate(conflict.version as number)}
                >
                  {t('audit.revertAnyway')}
                </Button>
              ) : null
            ) : (
              <Button
                leftSection={<IconArrowBackUp size={18} aria-hidden />}
                loading={revert.isPending}
                onClick={() => revert.mutate(expectedCurrentVersion(entry))}
              >
                {t('audit.revert')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
