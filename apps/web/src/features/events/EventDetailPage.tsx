import {
  type CaseStage,
  CaseStageSchema,
  canEditCaseData,
  type EventCasualty,
  type EventDetail,
  type EventOrganisationLink,
  type EventPersonLink,
} from '@habeas/shared';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowBackUp, IconEdit, IconPlus, IconTrash, IconUnlink } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useFormatters } from '../../i18n/format';
import { useCan, useCurrentUser } from '../auth/use-session';
import { StageBadge } from '../cases/CasesListPage';
import { useNotify } from '../cases/case-actions';
import { Section } from '../cases/Section';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { DeletedBadge } from '../common/DeletedBadge';
import { DetailRow, RecordMetaRows } from '../common/DetailRow';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { PageHeader } from '../common/PageHeader';
import { countryName } from '../forms/CountryCodeInput';
import { ConfidentialityBadge } from '../forms/confidentiality';
import { GradeBadge, SourceAuthor } from '../sources/SourceBits';
import { CasualtyModal, OrganisationLinkModal, PersonLinkModal } from './EventLinkModals';
import {
  deleteEvent,
  eventKeys,
  removeCasualty,
  restoreEvent,
  unlinkOrganisation,
  unlinkPerson,
  useEvent,
} from './events-api';
import { useEventLabels } from './use-event-labels';

/** /events/:id: what happened, its figures with their sources, who took part, the cases it led to. */
export function EventDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const query = useEvent(id);
  if (query.isPending) {
    return (
      <>
        <PageHeader title={t('events.detailTitle')} />
        <LoadingState rows={8} />
      </>
    );
  }
  if (query.isError) {
    const notFound = isApiError(query.error) && query.error.statusCode === 404;
    return (
      <>
        <PageHeader title={notFound ? t('events.notFound') : t('events.detailTitle')} />
        {notFound ? (
          <Button component={Link} to="/events" variant="outline">
            {t('events.backToList')}
          </Button>
        ) : (
          <ErrorState
            title={t('events.loadOneError')}
            error={query.error}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        )}
      </>
    );
  }
  return <EventDetails e={query.data} />;
}

type Removal =
  | { kind: 'casualty'; item: EventCasualty }
  | { kind: 'person'; item: EventPersonLink }
  | { kind: 'organisation'; item: EventOrganisationLink };

function EventDetails({ e }: { e: EventDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useEventLabels();
  const can = useCan();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [adding, setAdding] = useState<'casualty' | 'person' | 'organisation' | null>(null);
  const [removing, setRemoving] = useState<Removal | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const deleted = e.deletedAt !== null;
  const canEdit = !deleted && canEditCaseData(user, { caseIds: e.cases.map((c) => c.id) });
  const canDelete = canEdit && can('delete', 'CaseData');
  const canRestore = deleted && can('restore', 'CaseData');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: eventKeys.detail(e.id) });

  const remove = useMutation({
    mutationFn: async (r: Removal) => {
      if (r.kind === 'casualty') await removeCasualty(r.item.id, r.item.version);
      else if (r.kind === 'person') await unlinkPerson(r.item.id);
      else await unlinkOrganisation(r.item.id);
    },
    onSuccess: () => {
      refresh();
      notify.success(t('events.linkRemoved'));
    },
    onError: (error) => {
      notify.failure(error);
      refresh();
    },
    onSettled: () => setRemoving(null),
  });
  const removeEvent = useMutation({
    mutationFn: () => deleteEvent(e.id, e.version),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: eventKeys.detail(e.id) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
      notify.success(t('events.deleted', { title: e.title }));
      void navigate('/events');
    },
    onError: (error) => {
      setConfirmDelete(false);
      notify.failure(error);
      refresh();
    },
  });
  const restore = useMutation({
    mutationFn: () => restoreEvent(e.id, e.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: eventKeys.all });
      notify.success(t('events.restored', { title: e.title }));
    },
    onError: (error) => {
      notify.failure(error);
      refresh();
    },
  });

  const place = [e.place, e.region, e.country ? (countryName(e.country, format.language) ?? e.country) : null]
    .filter(Boolean)
    .join(', ');
  const addButton = (what: 'casualty' | 'person' | 'organisation', label: string) =>
    canEdit ? (
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => setAdding(what)}
      >
        {label}
      </Button>
    ) : null;
  const removeButton = (r: Removal, label: string) =>
    canEdit ? (
      <ActionIcon variant="subtle" color="red.9" aria-label={label} onClick={() => setRemoving(r)}>
        {r.kind === 'casualty' ? <IconTrash size={16} aria-hidden /> : <IconUnlink size={16} aria-hidden />}
      </ActionIcon>
    ) : null;

  return (
    <>
      <PageHeader
        title={e.title}
        description={labels.summary(e)}
        actions={
          <>
            {canEdit ? (
              <Button
                component={Link}
                to={`/events/${e.id}/edit`}
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
                {t('events.restore')}
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mt={-8} mb="lg">
        <Badge variant="outline" color="dark">
          {labels.kind(e.kind)}
        </Badge>
        <ConfidentialityBadge level={e.confidentiality} />
        {deleted ? <DeletedBadge /> : null}
      </Group>
      {deleted ? (
        <Alert color="red.9" variant="outline" icon={<IconTrash aria-hidden />} mb="lg">
          {t('events.deletedNotice', { date: format.dateTime(new Date(e.deletedAt as string)) })}
        </Alert>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <Section
              title={t('events.sections.casualties')}
              actions={addButton('casualty', t('events.casualties.add'))}
            >
              {e.casualties.length === 0 ? (
                <Text size="sm" fs="italic">
                  {t('events.casualties.none')}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={620}>
                  <Table verticalSpacing="xs">
                    <Table.Caption>{t('events.casualties.caption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('events.casualties.figure')}</Table.Th>
                        <Table.Th scope="col">{t('events.casualties.source')}</Table.Th>
                        <Table.Th scope="col">{t('events.casualties.reportedOn')}</Table.Th>
                        {canEdit ? (
                          <Table.Th scope="col" w={50}>
                            <VisuallyHidden>{t('cases.actions')}</VisuallyHidden>
                          </Table.Th>
                        ) : null}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {e.casualties.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Th scope="row" fw={400}>
                            <Text size="sm" fw={700}>
                              {labels.casualtyKind(c.kind)}: {labels.count(c.count, c.qualifier)}
                            </Text>
                            {c.notes ? <Text size="xs">{c.notes}</Text> : null}
                          </Table.Th>
                          <Table.Td>
                            {c.source ? (
                              <Stack gap={2}>
                                <Group gap="xs" wrap="nowrap">
                                  {c.source.url ? (
                                    <Anchor
                                      href={c.source.url}
                                      target="_blank"
                                      rel="noreferrer noopener"
                                      size="sm"
                                    >
                                      {c.source.title}
                                    </Anchor>
                                  ) : (
                                    <Text size="sm">{c.source.title}</Text>
                                  )}
                                  <GradeBadge source={c.source} />
                                </Group>
                                <SourceAuthor source={c.source} />
                              </Stack>
                            ) : (
                              <Text size="sm" fs="italic">
                                {t('events.casualties.unsourced')}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td>{c.reportedOn ? format.impreciseDate(c.reportedOn) : ''}</Table.Td>
                          {canEdit ? (
                            <Table.Td>
                              {removeButton(
                                { kind: 'casualty', item: c },
                                t('events.casualties.remove', {
                                  figure: `${labels.casualtyKind(c.kind)}: ${labels.count(c.count, c.qualifier)}`,
                                }),
                              )}
                            </Table.Td>
                          ) : null}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Section>
            <Section
              title={t('events.sections.persons')}
              actions={addButton('person', t('events.persons.add'))}
            >
              {e.persons.length === 0 ? (
                <Text size="sm" fs="italic">
                  {t('events.persons.none')}
                </Text>
              ) : (
                <List listStyleType="none" spacing={6}>
                  {e.persons.map((p) => (
                    <List.Item key={p.id}>
                      <Group gap="xs" justify="space-between" wrap="nowrap">
                        <Stack gap={0}>
                          <Group gap={6}>
                            <Anchor component={Link} to={`/persons/${p.person.id}`} size="sm">
                              {p.person.displayName}
                            </Anchor>
                            <Badge size="xs" variant="light">
                              {labels.role(p.role)}
                            </Badge>
                            {p.confidentiality === 'restricted' ? (
                              <ConfidentialityBadge level="restricted" size="xs" />
                            ) : null}
                          </Group>
                          {p.notes ? <Text size="xs">{p.notes}</Text> : null}
                        </Stack>
                        {removeButton(
                          { kind: 'person', item: p },
                          t('events.persons.remove', {
                            name: p.person.displayName,
                            role: labels.role(p.role),
                          }),
                        )}
                      </Group>
                    </List.Item>
                  ))}
                </List>
              )}
            </Section>
            <Section
              title={t('events.sections.organisations')}
              actions={addButton('organisation', t('events.organisations.add'))}
            >
              {e.organisations.length === 0 ? (
                <Text size="sm" fs="italic">
                  {t('events.organisations.none')}
                </Text>
              ) : (
                <List listStyleType="none" spacing={6}>
                  {e.organisations.map((o) => (
                    <List.Item key={o.id}>
                      <Group gap="xs" justify="space-between" wrap="nowrap">
                        <Stack gap={0}>
                          <Group gap={6}>
                            <Anchor component={Link} to={`/organisations/${o.organisation.id}`} size="sm">
                              {o.organisation.name}
                            </Anchor>
                            <Badge size="xs" variant="light">
                              {labels.role(o.role)}
                            </Badge>
                          </Group>
                          {o.notes ? <Text size="xs">{o.notes}</Text> : null}
                        </Stack>
                        {removeButton(
                          { kind: 'organisation', item: o },
                          t('events.organisations.remove', {
                            name: o.organisation.name,
                            role: labels.role(o.role),
                          }),
                        )}
                      </Group>
                    </List.Item>
                  ))}
                </List>
              )}
            </Section>
            {e.description ? (
              <Section title={t('events.fields.description')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {e.description}
                </Text>
              </Section>
            ) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <Section title={t('events.sections.details')}>
              <Table variant="vertical" layout="fixed">
                <Table.Tbody>
                  <DetailRow label={t('events.fields.kind')}>{labels.kind(e.kind)}</DetailRow>
                  <DetailRow label={t('events.fields.period')}>
                    {labels.period(e) ?? t('common.unknown')}
                  </DetailRow>
                  <DetailRow label={t('events.fields.place')}>{place || t('common.unknown')}</DetailRow>
                  <DetailRow label={t('confidentiality.label')}>
                    <ConfidentialityBadge level={e.confidentiality} />
                  </DetailRow>
                </Table.Tbody>
              </Table>
            </Section>
            <Section title={t('events.sections.names')}>
              {e.names.length === 0 ? (
                <Text size="sm">{t('names.none')}</Text>
              ) : (
                <List spacing={4} size="sm">
                  {e.names.map((n) => (
                    <List.Item key={n.id}>
                      <Text
                        span
                        size="sm"
                        lang={n.script === 'kk' ? 'kk' : n.script === 'cyrl' ? 'ru' : undefined}
                      >
                        {n.value}
                      </Text>{' '}
                      <Text span size="xs">
                        ({t(`names.scripts.${n.script}`)}, {t(`names.kinds.${n.kind}`)})
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </Section>
            <Section title={t('events.sections.cases')}>
              {e.cases.length === 0 ? (
                <Text size="sm" fs="italic">
                  {t('events.casesNone')}
                </Text>
              ) : (
                <List listStyleType="none" spacing={6}>
                  {e.cases.map((c) => {
                    const stage = CaseStageSchema.safeParse(c.stage);
                    return (
                      <List.Item key={c.id}>
                        <Group gap={6}>
                          <Anchor component={Link} to={`/cases/${c.id}`} size="sm">
                            {c.caseNumber ? `${c.caseNumber} · ` : ''}
                            {c.title}
                          </Anchor>
                          {stage.success ? <StageBadge stage={stage.data as CaseStage} /> : null}
                        </Group>
                      </List.Item>
                    );
                  })}
                </List>
              )}
            </Section>
            <Section title={t('events.sections.record')}>
              <Table variant="vertical" layout="fixed">
                <Table.Tbody>
                  <RecordMetaRows record={e} />
                </Table.Tbody>
              </Table>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
      {adding === 'casualty' ? <CasualtyModal eventId={e.id} onClose={() => setAdding(null)} /> : null}
      {adding === 'person' ? (
        <PersonLinkModal eventId={e.id} exclude={[]} onClose={() => setAdding(null)} />
      ) : null}
      {adding === 'organisation' ? (
        <OrganisationLinkModal eventId={e.id} exclude={[]} onClose={() => setAdding(null)} />
      ) : null}
      <ConfirmDialog
        opened={removing !== null}
        title={t('events.removeTitle')}
        message={t('events.confirmRemove')}
        confirmLabel={t('events.removeConfirm')}
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate(removing);
        }}
      />
      <ConfirmDialog
        opened={confirmDelete}
        title={t('events.confirmDeleteTitle')}
        message={t('events.confirmDelete', { title: e.title })}
        loading={removeEvent.isPending}
        onClose={() => setConfirmDelete(false)}
        onConfirm={() => removeEvent.mutate()}
      />
    </>
  );
}
