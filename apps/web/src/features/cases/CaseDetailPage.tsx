import type { CaseDetail } from '@habeas/shared';
import { Alert, Anchor, Badge, Button, Grid, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconEdit, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../auth/use-session';
import { AddCaseUpdateButton } from '../case-updates';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DeletedBadge } from '../common/DeletedBadge';
import { DetailRow, RecordMetaRows } from '../common/DetailRow';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { countryName } from '../forms/CountryCodeInput';
import { ConfidentialityBadge } from '../forms/confidentiality';
import { CaseTimeline } from '../timeline';
import { AppealsSection } from './AppealsSection';
import { CaseEventsSection } from './CaseEventsSection';
import { StageBadge } from './CasesListPage';
import { ChargesSection } from './ChargesSection';
import { useNotify } from './case-actions';
import { caseKeys, deleteCase, restoreCase, useCase } from './cases-api';
import { HearingsSection, NextHearing } from './HearingsSection';
import { ParticipantsSection } from './ParticipantsSection';
import { useCanAssignStaff } from './permissions';
import { Section } from './Section';
import { SentencesSection } from './SentencesSection';
import { StaffSection } from './StaffSection';

/** /cases/:id: the whole case file on one page (GET /api/cases/:id). */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useCase(id);

  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('cases.detailTitle')} />
        <LoadingState rows={10} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('cases.notFound') : t('cases.detailTitle')} />
        {notFound ? (
          <Button component={Link} to="/cases" variant="outline">
            {t('cases.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('cases.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </>
    );
  }
  return <CaseDetails c={query.data} />;
}

/** "Kazakhstan (KZ), Mangystau Region". */
function useJurisdiction() {
  const format = useFormatters();
  return (c: Pick<CaseDetail, 'country' | 'region'>) => {
    const country = c.country
      ? `${countryName(c.country, format.language) ?? c.country} (${c.country})`
      : null;
    return [country, c.region].filter(Boolean).join(', ');
  };
}

function CaseDetails({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const jurisdiction = useJurisdiction();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const deleted = c.deletedAt !== null;
  // The API says what this user may do with this case (role, assignment, authorship, deletion).
  const canEdit = c.canEdit;
  const canAssign = useCanAssignStaff(c);
  const canDelete = c.canDelete;
  const canRestore = deleted && can('restore', 'CaseData');

  const remove = useMutation({
    mutationFn: () => deleteCase(c.id, c.version),
    onSuccess: () => {
      setConfirmDelete(false);
      queryClient.removeQueries({ queryKey: caseKeys.detail(c.id) });
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() });
      notify.success(t('cases.deleted', { title: c.title }));
      void navigate('/cases');
    },
    onError: (error) => {
      setConfirmDelete(false);
      notify.failure(error);
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(c.id) });
    },
  });
  const restore = useMutation({
    mutationFn: () => restoreCase(c.id, c.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.all });
      notify.success(t('cases.restored', { title: c.title }));
    },
    onError: (error) => {
      notify.failure(error);
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(c.id) });
    },
  });

  const personOptions = c.chargesByDefendant.map((d) => ({ id: d.person.id, label: d.person.displayName }));
  const description = [c.caseNumber, c.court?.name, jurisdiction(c)].filter(Boolean).join(' · ');

  return (
    <>
      <PageHeader
        title={c.title}
        description={description || undefined}
        actions={
          <>
            {canEdit ? (
              <AddCaseUpdateButton
                caseId={c.id}
                subjectLabel={c.title}
                personOptions={personOptions}
                onAdded={() => void queryClient.invalidateQueries({ queryKey: caseKeys.detail(c.id) })}
              />
            ) : null}
            {canEdit ? (
              <Button
                component={Link}
                to={`/cases/${c.id}/edit`}
                variant="outline"
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
                {t('cases.restore')}
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mt={-8} mb="lg">
        <StageBadge stage={c.stage} />
        <ConfidentialityBadge level={c.confidentiality} />
        {c.appeals.some((a) => a.overdue) ? (
          <Badge color="red.9" variant="filled">
            {t('cases.overdueAppealBadge')}
          </Badge>
        ) : null}
        {deleted ? <DeletedBadge /> : null}
      </Group>
      {deleted ? (
        <Alert color="red.9" variant="outline" icon={<IconTrash aria-hidden />} mb="lg">
          {t('cases.deletedNotice', { date: format.dateTime(new Date(c.deletedAt as string)) })}
        </Alert>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <NextHearing hearing={c.nextHearing} />
            <ParticipantsSection c={c} canEdit={canEdit} />
            <ChargesSection c={c} canEdit={canEdit} />
            <HearingsSection c={c} canEdit={canEdit} />
            <SentencesSection c={c} canEdit={canEdit} />
            <AppealsSection c={c} canEdit={canEdit} />
            <CaseTimeline caseId={c.id} canEdit={canEdit} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Section title={t('cases.sections.details')}>
              <Table variant="vertical" layout="fixed">
                <Table.Tbody>
                  <DetailRow labelWidth="40%" label={t('cases.fields.caseNumber')}>
                    {c.caseNumber ?? t('common.none')}
                  </DetailRow>
                  <DetailRow labelWidth="40%" label={t('cases.fields.stage')}>
                    <StageBadge stage={c.stage} />
                  </DetailRow>
                  <DetailRow labelWidth="40%" label={t('cases.fields.court')}>
                    {c.court ? (
                      <Anchor component={Link} to={`/organisations/${c.court.id}`}>
                        {c.court.name}
                      </Anchor>
                    ) : (
                      t('common.none')
                    )}
                  </DetailRow>
                  <DetailRow labelWidth="40%" label={t('cases.fields.jurisdiction')}>
                    {jurisdiction(c) || t('common.unknown')}
                  </DetailRow>
                  <DetailRow labelWidth="40%" label={t('cases.fields.openedOn')}>
                    {c.openedOn ? format.impreciseDate(c.openedOn) : t('common.unknown')}
                  </DetailRow>
                  <DetailRow labelWidth="40%" label={t('confidentiality.label')}>
                    <Stack gap={4} align="flex-start">
                      <ConfidentialityBadge level={c.confidentiality} />
                      <Text size="xs">{t(`confidentiality.hint.${c.confidentiality}`)}</Text>
                    </Stack>
                  </DetailRow>
                </Table.Tbody>
              </Table>
              {c.summary ? (
                <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.summary}
                </Text>
              ) : null}
            </Section>
            <StaffSection c={c} canAssign={canAssign} />
            <CaseEventsSection c={c} canEdit={canEdit} />
            <Section title={t('cases.sections.record')}>
              <Table variant="vertical" layout="fixed">
                <Table.Tbody>
                  <RecordMetaRows record={c} labelWidth="40%" />
                </Table.Tbody>
              </Table>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('cases.confirmDeleteTitle')}
        message={t('cases.confirmDelete', { title: c.title })}
        loading={remove.isPending}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => remove.mutate()}
      />
    </>
  );
}
