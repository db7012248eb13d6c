import { type LegalProvision } from '@habeas/shared';
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
import { IconArrowBackUp, IconCheck, IconEdit, IconFolders, IconTrash, IconUsers } from '@tabler/icons-react';
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
  deleteLegalProvision,
  legalProvisionKeys,
  restoreLegalProvision,
  useLegalProvision,
} from './legal-provisions-api';
import { useProvisionLabels } from './use-provision-labels';

/** /legal-provisions/:id: the statute, its titles in three languages, who is charged under it. */
export function LegalProvisionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useLegalProvision(id);

  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('legalProvisions.detailTitle')} />
        <LoadingState rows={6} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('legalProvisions.notFound') : t('legalProvisions.detailTitle')} />
        {notFound ? (
          <Button component={Link} to="/legal-provisions" variant="outline">
            {t('legalProvisions.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('legalProvisions.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </>
    );
  }
  return <ProvisionDetails provision={query.data} />;
}

function ProvisionDetails({ provision: p }: { provision: LegalProvision }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProvisionLabels();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const deleted = p.deletedAt !== null;
  const title = labels.title(p);

  const refreshOthers = () => {
    void queryClient.invalidateQueries({ queryKey: legalProvisionKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: legalProvisionKeys.picker() });
  };

  const saveFailure = useSaveFailure();
  const failed = (error: unknown) => {
    saveFailure(error, {
      message: t('legalProvisions.changedMeanwhile'),
      reload: legalProvisionKeys.detail(p.id),
    });
  };

  const remove = useMutation({
    mutationFn: () => deleteLegalProvision(p.id, p.version),
    onSuccess: () => {
      setConfirmDelete(false);
      queryClient.removeQueries({ queryKey: legalProvisionKeys.detail(p.id) });
      refreshOthers();
      notifications.show({
        message: t('legalProvisions.deleted', { name: p.label }),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
      void navigate('/legal-provisions');
    },
    onError: (error) => {
      setConfirmDelete(false);
      failed(error);
    },
  });

  const restore = useMutation({
    mutationFn: () => restoreLegalProvision(p.id, p.version),
    onSuccess: (restored) => {
      queryClient.setQueryData(legalProvisionKeys.detail(p.id), restored);
      refreshOthers();
      notifications.show({
        message: t('legalProvisions.restored', { name: p.label }),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
    },
    onError: failed,
  });

  const canEdit = !deleted && can('update', 'Catalogue');
  const canDelete = !deleted && can('delete', 'Catalogue');
  const canRestore = deleted && can('restore', 'Catalogue');

  return (
    <>
      <PageHeader
        title={p.label}
        description={title ? <span lang={title.language}>{title.value}</span> : undefined}
        actions={
          <>
            {canEdit ? (
              <Button
                component={Link}
                to={`/legal-provisions/${p.id}/edit`}
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
            {canRestore ? (
              <Button
                leftSection={<IconArrowBackUp size={18} aria-hidden />}
                onClick={() => restore.mutate()}
                loading={restore.isPending}
              >
                {t('legalProvisions.restore')}
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mt={-8} mb="lg">
        <Badge variant="outline" color="dark">
          {labels.category(p.category)}
        </Badge>
        <ConfidentialityBadge level={p.confidentiality} />
        {deleted ? <DeletedBadge /> : null}
      </Group>
      {deleted ? (
        <Alert color="red.9" variant="outline" icon={<IconTrash aria-hidden />} mb="lg">
          {t('legalProvisions.deletedNotice', { date: format.dateTime(new Date(p.deletedAt as string)) })}
        </Alert>
      ) : null}
      <Group gap="md" mb="lg">
        <Anchor component={Link} to={`/persons?legalProvisionId=${p.id}`}>
          <Group gap={6} wrap="nowrap" component="span">
            <IconUsers size={18} aria-hidden />
            {t('legalProvisions.personsCharged')}
          </Group>
        </Anchor>
        <Anchor component={Link} to={`/cases?legalProvisionId=${p.id}`}>
          <Group gap={6} wrap="nowrap" component="span">
            <IconFolders size={18} aria-hidden />
            {t('legalProvisions.casesCharged')}
          </Group>
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="md" component="section" aria-labelledby="provision-details">
          <Title order={2} size="h4" id="provision-details" mb="sm">
            {t('legalProvisions.sections.details')}
          </Title>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <DetailRow label={t('legalProvisions.fields.code')}>{p.code}</DetailRow>
              <DetailRow label={t('legalProvisions.fields.article')}>{p.article}</DetailRow>
              <DetailRow label={t('legalProvisions.fields.part')}>{p.part || t('common.none')}</DetailRow>
              <DetailRow label={t('legalProvisions.fields.category')}>
                {labels.category(p.category)}
              </DetailRow>
              <DetailRow label={t('confidentiality.label')}>
                <Stack gap={4} align="flex-start">
                  <ConfidentialityBadge level={p.confidentiality} />
                  <Text size="xs">{t(`confidentiality.hint.${p.confidentiality}`)}</Text>
                </Stack>
              </DetailRow>
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="provision-titles">
          <Title order={2} size="h4" id="provision-titles" mb="sm">
            {t('legalProvisions.sections.titles')}
          </Title>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              {labels.titles(p).map(({ language, value }) => (
                <DetailRow key={language} label={t(`legalProvisions.titleIn.${language}`)}>
                  {value ? (
                    <span lang={language}>{value}</span>
                  ) : (
                    <Text span size="sm" fs="italic">
                      {t('legalProvisions.noTitle')}
                    </Text>
                  )}
                </DetailRow>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder padding="md" component="section" aria-labelledby="provision-record">
          <Title order={2} size="h4" id="provision-record" mb="sm">
            {t('legalProvisions.sections.record')}
          </Title>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <RecordMetaRows record={p} />
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('legalProvisions.confirmDeleteTitle')}
        message={t('legalProvisions.confirmDelete', { name: p.label })}
        loading={remove.isPending}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => remove.mutate()}
      />
    </>
  );
}
