import { type Organisation } from '@habeas/shared';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconEdit, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../auth/use-session';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DeletedBadge } from '../common/DeletedBadge';
import { DetailRow, RecordMetaRows } from '../common/DetailRow';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { ConfidentialityBadge } from '../forms/confidentiality';
import { useSaveFailure } from '../forms/use-save-failure';
import {
  deleteOrganisation,
  organisationKeys,
  restoreOrganisation,
  useOrganisation,
} from './organisations-api';
import { useOrganisationLabels } from './use-organisation-labels';

// Screen readers pronounce a name by its language; the script is the best guess when none is given.
const SCRIPT_LANG: Partial<Record<Organisation['names'][number]['script'], string>> = {
  kk: 'kk',
  cyrl: 'ru',
};

/** /organisations/:id: every name, the details, and what this user may do with it. */
export function OrganisationDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useOrganisation(id);

  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('organisations.detailTitle')} />
        <LoadingState rows={6} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('organisations.notFound') : t('organisations.detailTitle')} />
        {notFound ? (
          <Button component={Link} to="/organisations" variant="outline">
            {t('organisations.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('organisations.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </>
    );
  }
  return <OrganisationDetails organisation={query.data} />;
}

function OrganisationDetails({ organisation: o }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useOrganisationLabels();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const deleted = o.deletedAt !== null;

  const saveFailure = useSaveFailure();
  const failed = (error: unknown) => {
    saveFailure(error, {
      message: t('organisations.changedMeanwhile'),
      reload: organisationKeys.detail(o.id),
    });
  };

  const remove = useMutation({
    mutationFn: () => deleteOrganisation(o.id, o.version),
    onSuccess: () => {
      setConfirmDelete(false);
      queryClient.removeQueries({ queryKey: organisationKeys.detail(o.id) });
      void queryClient.invalidateQueries({ queryKey: organisationKeys.lists() });
      notifications.show({
        message: t('organisations.deleted', { name: o.name }),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
      void navigate('/organisations');
    },
    onError: (error) => {
      setConfirmDelete(false);
      failed(error);
    },
  });

  const restore = useMutation({
    mutationFn: () => restoreOrganisation(o.id, o.version),
    onSuccess: (restored) => {
      queryClient.setQueryData(organisationKeys.detail(o.id), restored);
      void queryClient.invalidateQueries({ queryKey: organisationKeys.lists() });
      notifications.show({
        message: t('organisations.restored', { name: o.name }),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
    },
    onError: failed,
  });

  const canEdit = !deleted && can('update', 'CaseData');
  const canDelete = !deleted && can('delete', 'CaseData');
  const canRestore = deleted && can('restore', 'CaseData');
  const restoreButton = canRestore ? (
    <Button
      leftSection={<IconArrowBackUp size={18} aria-hidden />}
      onClick={() => restore.mutate()}
      loading={restore.isPending}
    >
      {t('organisations.restore')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={o.name}
        description={labels.summary(o)}
        actions={
          <>
            {canEdit ? (
              <Button
                component={Link}
                to={`/organisations/${o.id}/edit`}
                leftSection={<IconEdit size={18} aria-hidden />}
              >
                {t('common.edit')}
              </Button>
            ) : null}
            {canDelete ? (
              <Button
                variant="outline"
                color="red.9"
                leftSection={<IconTrash size={18} aria-hidden />}
                onClick={() => setConfirmDelete(true)}
              >
                {t('common.delete')}
              </Button>
            ) : null}
            {restoreButton}
          </>
        }
      />
      <Group gap="xs" mt={-8} mb="lg">
        <Badge variant="outline" color="dark">
          {labels.type(o.type)}
        </Badge>
        <ConfidentialityBadge level={o.confidentiality} />
        {deleted ? <DeletedBadge /> : null}
      </Group>
      {deleted ? (
        <Alert color="red.9" variant="outline" icon={<IconTrash aria-hidden />} mb="lg">
          {t('organisations.deletedNotice', { date: format.dateTime(new Date(o.deletedAt as string)) })}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="md" component="section" aria-labelledby="org-details">
          <Title order={2} size="h4" id="org-details" mb="sm">
            {t('organisations.sections.details')}
          </Title>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <DetailRow label={t('organisations.fields.type')}>{labels.type(o.type)}</DetailRow>
              <DetailRow label={t('organisations.fields.country')}>
                {labels.country(o.country) ?? t('common.none')}
              </DetailRow>
              <DetailRow label={t('organisations.fields.region')}>{o.region ?? t('common.none')}</DetailRow>
              <DetailRow label={t('organisations.fields.parent')}>
                {o.parent ? (
                  <Anchor component={Link} to={`/organisations/${o.parent.id}`}>
                    {o.parent.name}
                  </Anchor>
                ) : (
                  t('common.none')
                )}
              </DetailRow>
              <DetailRow label={t('confidentiality.label')}>
                <Stack gap={4} align="flex-start">
                  <ConfidentialityBadge level={o.confidentiality} />
                  <Text size="xs">{t(`confidentiality.hint.${o.confidentiality}`)}</Text>
                </Stack>
              </DetailRow>
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="org-names">
          <Title order={2} size="h4" id="org-names" mb="sm">
            {t('organisations.sections.names')}
          </Title>
          {o.names.length === 0 ? (
            <Text size="sm">{t('names.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={360}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('names.value')}</Table.Th>
                    <Table.Th scope="col">{t('names.script')}</Table.Th>
                    <Table.Th scope="col">{t('names.kind')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.names.map((n) => (
                    <Table.Tr key={n.id}>
                      <Table.Td lang={n.language ?? SCRIPT_LANG[n.script]}>
                        {n.value}
                        {n.isPrimary ? (
                          <Text span size="xs" fw={700}>
                            {' '}
                            ({t('names.primary')})
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{t(`names.scripts.${n.script}`)}</Table.Td>
                      <Table.Td>{t(`names.kinds.${n.kind}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="org-notes">
          <Title order={2} size="h4" id="org-notes" mb="sm">
            {t('organisations.fields.notes')}
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {o.notes || t('common.none')}
          </Text>
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="org-record">
          <Title order={2} size="h4" id="org-record" mb="sm">
            {t('organisations.sections.record')}
          </Title>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <RecordMetaRows record={o} />
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('organisations.confirmDeleteTitle')}
        message={t('organisations.confirmDelete', { name: o.name })}
        loading={remove.isPending}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => remove.mutate()}
      />
    </>
  );
}
