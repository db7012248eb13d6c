import { type PersonDetail } from '@habeas/shared';
import { Alert, Button, Group, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCheck, IconEdit, IconFileTypePdf, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useFormatters } from '../../i18n/format';
import { AttachmentsSection } from '../attachments/AttachmentsSection';
import { PersonPhoto } from '../attachments/PersonPhoto';
import { useCan } from '../auth/use-session';
import { AddCaseUpdateButton } from '../case-updates/AddCaseUpdateButton';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DeletedBadge } from '../common/DeletedBadge';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { ConfidentialityBadge } from '../forms/confidentiality';
import { useSaveFailure } from '../forms/use-save-failure';
import { PersonTimeline } from '../timeline/SubjectTimelines';
import { AffiliationsPanel } from './AffiliationsPanel';
import { AuditPanel } from './AuditPanel';
import { DetentionPanel } from './DetentionPanel';
import { PersonOverview } from './PersonOverview';
import { PersonStatusBadge } from './PersonStatusBadge';
import { AppealsPanel, ChargesPanel, SentencesPanel } from './ProceedingsPanels';
import { NamesByScript } from './parts';
import { deletePerson, personDossierUrl, personKeys, restorePerson, usePerson } from './persons-api';
import { SourcesPanel } from './SourcesPanel';

const TABS = [
  'overview',
  'affiliations',
  'detention',
  'charges',
  'sentences',
  'appeals',
  'timeline',
  'sources',
  'files',
  'history',
] as const;
type Tab = (typeof TABS)[number];

/** /persons/:id: everything a case worker needs about one person, a tab per part of the file. */
export function PersonDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = usePerson(id);

  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('persons.detailTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('persons.notFound') : t('persons.detailTitle')} />
        {notFound ? (
          <Button component={Link} to="/persons" variant="outline">
            {t('persons.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('persons.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </>
    );
  }
  return <PersonDetails person={query.data} />;
}

function PersonDetails({ person: p }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const deleted = p.deletedAt !== null;
  const canReadAudit = can('read', 'AuditTrail');
  const tabs = TABS.filter((tab) => tab !== 'history' || canReadAudit);
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && tabs.includes(requested) ? requested : 'overview';
  const setTab = (next: Tab) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'overview') updated.delete('tab');
        else updated.set('tab', next);
        return updated;
      },
      { replace: true },
    );

  const saveFailure = useSaveFailure();
  const failed = (error: unknown) => {
    saveFailure(error, { message: t('persons.changedMeanwhile'), reload: personKeys.detail(p.id) });
  };

  const remove = useMutation({
    mutationFn: () => deletePerson(p.id, p.version),
    onSuccess: () => {
      setConfirmDelete(false);
      queryClient.removeQueries({ queryKey: personKeys.detail(p.id) });
      void queryClient.invalidateQueries({ queryKey: personKeys.lists() });
      notifications.show({
        message: t('persons.deleted', { name: p.displayName }),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
      void navigate('/persons');
    },
    onError: (error) => {
      setConfirmDelete(false);
      failed(error);
    },
  });

  const restore = useMutation({
    mutationFn: () => restorePerson(p.id, p.version),
    onSuccess: (restored) => {
      queryClient.setQueryData(personKeys.detail(p.id), restored);
      void queryClient.invalidateQueries({ queryKey: personKeys.lists() });
      notifications.show({
        message: t('persons.restored', { name: p.displayName }),
        color: 'habeas',
        icon: <IconCheck size={18} aria-hidden />,
      });
    },
    onError: failed,
  });

  // The API says whether this user may change this person (role, assigned cases, authorship).
  const canEdit = !deleted && p.canEdit;
  const canDelete = !deleted && p.canDelete;
  const canRestore = deleted && can('restore', 'CaseData');
  const canExport = can('export', 'CaseData');
  const caseOptions = p.cases.map((c) => ({
    id: c.case.id,
    label: c.case.caseNumber ? `${c.case.title} (${c.case.caseNumber})` : c.case.title,
  }));
  const addUpdate = (variant: 'filled' | 'outline') =>
    deleted ? null : (
      <AddCaseUpdateButton
        personId={p.id}
        subjectLabel={p.displayName}
        caseOptions={caseOptions}
        variant={variant}
        onAdded={() => {
          void queryClient.invalidateQueries({ queryKey: personKeys.detail(p.id) });
          setTab('timeline');
        }}
      />
    );
  const count = (n: number) => (n > 0 ? ` (${format.number(n)})` : '');

  return (
    <>
      <PageHeader
        title={p.displayName}
        actions={
          <>
            {addUpdate('filled')}
            {canEdit ? (
              <Button
                component={Link}
                to={`/persons/${p.id}/edit`}
                variant="outline"
                leftSection={<IconEdit size={18} aria-hidden />}
              >
                {t('common.edit')}
              </Button>
            ) : null}
            {canExport ? (
              <Button
                component="a"
                href={personDossierUrl(p.id, format.language)}
                download
                variant="outline"
                leftSection={<IconFileTypePdf size={18} aria-hidden />}
              >
                {t('persons.dossier')}
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
                {t('persons.restore')}
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="lg" align="flex-start" wrap="nowrap" mt={-8} mb="lg">
        <PersonPhoto name={p.displayName} photoAttachmentId={p.photoAttachmentId} />
        <Stack gap="md">
          <Group gap="xs">
            <PersonStatusBadge status={p.status} size="lg" />
            <ConfidentialityBadge level={p.confidentiality} size="lg" />
            {deleted ? <DeletedBadge size="lg" /> : null}
          </Group>
          <NamesByScript names={p.names} displayName={p.displayName} />
          {deleted ? (
            <Alert color="red.9" variant="outline" icon={<IconTrash aria-hidden />}>
              {t('persons.deletedNotice', { date: format.dateTime(new Date(p.deletedAt as string)) })}
            </Alert>
          ) : null}
        </Stack>
      </Group>
      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
        <Tabs.List mb="md" aria-label={t('persons.sectionsLabel')}>
          <Tabs.Tab value="overview">{t('persons.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="affiliations">
            {t('persons.tabs.affiliations')}
            {count(p.affiliations.length)}
          </Tabs.Tab>
          <Tabs.Tab value="detention">
            {t('persons.tabs.detention')}
            {count(p.detentionPeriods.length)}
          </Tabs.Tab>
          <Tabs.Tab value="charges">
            {t('persons.tabs.charges')}
            {count(p.charges.length)}
          </Tabs.Tab>
          <Tabs.Tab value="sentences">
            {t('persons.tabs.sentences')}
            {count(p.sentences.length)}
          </Tabs.Tab>
          <Tabs.Tab value="appeals">
            {t('persons.tabs.appeals')}
            {count(p.appeals.length)}
          </Tabs.Tab>
          <Tabs.Tab value="timeline">{t('persons.tabs.timeline')}</Tabs.Tab>
          <Tabs.Tab value="sources">{t('persons.tabs.sources')}</Tabs.Tab>
          <Tabs.Tab value="files">{t('attachments.tab')}</Tabs.Tab>
          {canReadAudit ? <Tabs.Tab value="history">{t('persons.tabs.history')}</Tabs.Tab> : null}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <PersonOverview person={p} />
        </Tabs.Panel>
        <Tabs.Panel value="affiliations">
          <AffiliationsPanel person={p} />
        </Tabs.Panel>
        <Tabs.Panel value="detention">
          <DetentionPanel person={p} />
        </Tabs.Panel>
        <Tabs.Panel value="charges">
          <ChargesPanel person={p} />
        </Tabs.Panel>
        <Tabs.Panel value="sentences">
          <SentencesPanel person={p} />
        </Tabs.Panel>
        <Tabs.Panel value="appeals">
          <AppealsPanel person={p} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline">
          <PersonTimeline personId={p.id} emptyAction={addUpdate('outline')} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="sources">
          <SourcesPanel personId={p.id} />
        </Tabs.Panel>
        <Tabs.Panel value="files">
          <AttachmentsSection
            owner={{ kind: 'person', id: p.id }}
            ownerConfidentiality={p.confidentiality}
            canEdit={canEdit}
            photo={{
              person: p,
              onChanged: (next) => queryClient.setQueryData(personKeys.detail(p.id), next),
            }}
          />
        </Tabs.Panel>
        {canReadAudit ? (
          <Tabs.Panel value="history">
            <AuditPanel personId={p.id} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('persons.confirmDeleteTitle')}
        message={t('persons.confirmDelete', { name: p.displayName })}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => remove.mutate()}
        loading={remove.isPending}
      />
    </>
  );
}
