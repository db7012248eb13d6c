import type { Source } from '@habeas/shared';
import { Alert, Anchor, Badge, Box, Button, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconEdit, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useFormatters } from '../../i18n/format';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { useCan } from '../auth/use-session';
import { useNotify } from '../cases/case-actions';
import { Section } from '../cases/Section';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DetailRow, RecordMetaRows } from '../common/DetailRow';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { ConfidentialityBadge } from '../forms/confidentiality';
import { GradeBadge, SourceAuthor } from './SourceBits';
import { deleteSource, restoreSource, sourceKeys, useSource } from './sources-api';
import { useSourceLabels } from './use-source-labels';

/** /sources/:id: the citation, its grade explained, and the identity as far as the reader may see it. */
export function SourceDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useSource(id);
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('sources.detailTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('sources.notFound') : t('sources.detailTitle')} />
        {notFound ? (
          <Button component={Link} to="/sources" variant="outline">
            {t('sources.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('sources.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </>
    );
  }
  return <SourceDetails s={query.data} />;
}

function SourceDetails({ s }: { s: Source }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useSourceLabels();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const deleted = s.deletedAt !== null;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: sourceKeys.detail(s.id) });

  const remove = useMutation({
    mutationFn: () => deleteSource(s.id, s.version),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: sourceKeys.detail(s.id) });
      void queryClient.invalidateQueries({ queryKey: sourceKeys.lists() });
      notify.success(t('sources.deleted', { title: s.title }));
      void navigate('/sources');
    },
    onError: (error) => {
      setConfirmDelete(false);
      notify.failure(error);
      refresh();
    },
  });
  const restore = useMutation({
    mutationFn: () => restoreSource(s.id, s.version),
    onSuccess: (restored) => {
      queryClient.setQueryData(sourceKeys.detail(s.id), restored);
      void queryClient.invalidateQueries({ queryKey: sourceKeys.lists() });
      notify.success(t('sources.restored', { title: s.title }));
    },
    onError: (error) => {
      notify.failure(error);
      refresh();
    },
  });
  const canEdit = !deleted && can('update', 'CaseData');
  const canDelete = !deleted && can('delete', 'CaseData');
  const canRestore = deleted && can('restore', 'CaseData');

  return (
    <>
      <PageHeader
        title={s.title}
        description={labels.summary(s)}
        actions={
          <>
            {canEdit ? (
              <Button
                component={Link}
                to={`/sources/${s.id}/edit`}
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
                {t('sources.restore')}
              </Button>
            ) : null}
          </>
        }
      />
      {deleted ? (
        <Alert color="red.9" variant="outline" icon={<IconTrash aria-hidden />} mb="lg">
          {t('sources.deletedNotice', { date: format.dateTime(new Date(s.deletedAt as string)) })}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title={t('sources.sections.what')}>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <DetailRow label={t('sources.fields.kind')}>{labels.kind(s.kind)}</DetailRow>
              <DetailRow label={t('sources.fields.citation')}>{s.citation ?? t('common.none')}</DetailRow>
              <DetailRow label={t('sources.fields.url')}>
                {s.url ? (
                  <Anchor
                    href={s.url}
                    target="_blank"
                    rel="noreferrer noopener"
                    style={{ wordBreak: 'break-all' }}
                  >
                    {s.url}
                  </Anchor>
                ) : (
                  t('common.none')
                )}
              </DetailRow>
              <DetailRow label={t('sources.fields.publisher')}>
                {s.publisher ? (
                  <Anchor component={Link} to={`/organisations/${s.publisher.id}`}>
                    {s.publisher.name}
                  </Anchor>
                ) : (
                  t('common.none')
                )}
              </DetailRow>
              <DetailRow label={t('sources.fields.publishedOn')}>
                {s.publishedOn ? format.impreciseDate(s.publishedOn) : t('common.unknown')}
              </DetailRow>
              <DetailRow label={t('sources.fields.language')}>
                {s.language ? format.languageName(s.language) : t('common.unknown')}
              </DetailRow>
              <DetailRow label={t('confidentiality.label')}>
                <ConfidentialityBadge level={s.confidentiality} />
              </DetailRow>
            </Table.Tbody>
          </Table>
        </Section>
        <Stack gap="md">
          <Section title={t('sources.sections.grade')}>
            <Stack gap="xs">
              <GradeBadge source={s} />
              {s.reliability ? (
                <Text size="sm">
                  <strong>{s.reliability}</strong>: {t(`sources.reliabilityHint.${s.reliability}`)}
                </Text>
              ) : null}
              {s.credibility ? (
                <Text size="sm">
                  <strong>{s.credibility}</strong>: {t(`sources.credibilityHint.${s.credibility}`)}
                </Text>
              ) : null}
            </Stack>
          </Section>
          <Section title={t('sources.sections.identity')}>
            <Table variant="vertical" layout="fixed">
              <Table.Tbody>
                <DetailRow label={t('sources.fields.author')}>
                  <SourceAuthor source={s} />
                </DetailRow>
                {s.contact !== undefined ? (
                  <DetailRow label={t('sources.fields.contact')}>{s.contact ?? t('common.none')}</DetailRow>
                ) : null}
                <DetailRow label={t('sources.fields.identityConfidentiality')}>
                  <ConfidentialityBadge level={s.identityConfidentiality} />
                </DetailRow>
              </Table.Tbody>
            </Table>
          </Section>
        </Stack>
        {s.notes ? (
          <Section title={t('sources.fields.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {s.notes}
            </Text>
          </Section>
        ) : null}
        <Section title={t('sources.sections.record')}>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <RecordMetaRows record={s} />
            </Table.Tbody>
          </Table>
        </Section>
      </SimpleGrid>
      {deleted ? null : (
        <Box mt="md">
          {/* The document itself (a scan, a recording): kept with the source it came from. */}
          <AttachmentsSection
            owner={{ kind: 'source', id: s.id }}
            ownerConfidentiality={s.confidentiality}
            canEdit={canEdit}
          />
        </Box>
      )}
      {deleted ? (
        <Badge mt="md" variant="outline" color="red.9">
          {t('common.deleted')}
        </Badge>
      ) : null}
      <ConfirmDialog
        opened={confirmDelete}
        title={t('sources.confirmDeleteTitle')}
        message={t('sources.confirmDelete', { title: s.title })}
        loading={remove.isPending}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => remove.mutate()}
      />
    </>
  );
}
