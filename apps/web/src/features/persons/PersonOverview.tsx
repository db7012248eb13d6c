import {
  DetentionKindSchema,
  type PersonDetail,
  type PersonStatusBasis,
  SentenceKindSchema,
} from '@habeas/shared';
import {
  Anchor,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCalendarSearch } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../common/describe-error';
import { ConfidentialityBadge } from '../forms/confidentiality';
import { PersonStatusBadge } from './PersonStatusBadge';
import { DetailRow } from './parts';
import { usePersonStatusOn } from './persons-api';
import { type PersonLabels, usePersonLabels } from './use-person-labels';

/** What the derived status rests on, in words ("Pretrial detention since 17 December 2011"). */
export function describeBasis(basis: PersonStatusBasis, labels: PersonLabels, t: TFunction): string {
  const kindLabel = (() => {
    const detention = DetentionKindSchema.safeParse(basis.kind);
    if (detention.success) return labels.detentionKind(detention.data);
    const sentence = SentenceKindSchema.safeParse(basis.kind);
    if (sentence.success) return labels.sentenceKind(sentence.data);
    return basis.kind ?? '';
  })();
  const since = labels.date(basis.since);
  const until = labels.date(basis.until);
  switch (basis.source) {
    case 'override':
      return since ? t('persons.basis.overrideSince', { date: since }) : t('persons.basis.override');
    case 'detention_period':
      return t('persons.basis.detention', {
        kind: kindLabel,
        period: labels.period(basis.since, basis.until),
      });
    case 'sentence': {
      const text = t('persons.basis.sentence', { kind: kindLabel, period: labels.period(basis.since, null) });
      if (!until) return text;
      return `${text} ${basis.presumed ? t('persons.basis.expectedEnd', { date: until }) : t('persons.basis.ends', { date: until })}`;
    }
    case 'custody_ended':
      if (!since) return t('persons.basis.custodyEndedUndated');
      return basis.presumed
        ? t('persons.basis.custodyEndedPresumed', { date: since })
        : t('persons.basis.custodyEnded', { date: since });
    case 'no_custody':
      return t('persons.basis.noCustody');
    default:
      return t('persons.basis.noFacts');
  }
}

/** The Overview tab: the status and what it rests on, who the person is, their cases and events. */
export function PersonOverview({ person: p }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const labels = usePersonLabels();
  const hasSensitive = p.healthNotes !== undefined || p.address !== undefined;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <StatusCard person={p} />
      <Card withBorder padding="md" component="section" aria-labelledby="person-identity">
        <Title order={2} size="h4" id="person-identity" mb="sm">
          {t('persons.sections.identity')}
        </Title>
        <Table variant="vertical" layout="fixed">
          <Table.Tbody>
            <DetailRow label={t('persons.fields.gender')}>{labels.gender(p.gender)}</DetailRow>
            <DetailRow label={t('persons.fields.birthDate')}>
              {labels.date(p.birthDate) ?? t('common.unknown')}
            </DetailRow>
            <DetailRow label={t('persons.fields.nationality')}>
              {p.nationality ?? t('common.unknown')}
            </DetailRow>
            <DetailRow label={t('persons.fields.ethnicity')}>{p.ethnicity ?? t('common.unknown')}</DetailRow>
            <DetailRow label={t('persons.fields.occupation')}>
              {p.occupation ?? t('common.unknown')}
            </DetailRow>
            <DetailRow label={t('persons.fields.region')}>
              {p.residenceRegion ?? t('common.unknown')}
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
      <Card withBorder padding="md" component="section" aria-labelledby="person-notes">
        <Title order={2} size="h4" id="person-notes" mb="sm">
          {t('persons.fields.notes')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{p.notes || t('persons.noNotes')}</Text>
      </Card>
      {hasSensitive ? (
        <Card withBorder padding="md" component="section" aria-labelledby="person-sensitive">
          <Group gap="xs" mb="sm">
            <Title order={2} size="h4" id="person-sensitive">
              {t('persons.sections.sensitive')}
            </Title>
            <ConfidentialityBadge level="restricted" size="sm" />
          </Group>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              {p.healthNotes !== undefined ? (
                <DetailRow label={t('persons.fields.healthNotes')}>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{p.healthNotes || t('common.none')}</Text>
                </DetailRow>
              ) : null}
              {p.address !== undefined ? (
                <DetailRow label={t('persons.fields.address')}>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{p.address || t('common.none')}</Text>
                </DetailRow>
              ) : null}
            </Table.Tbody>
          </Table>
        </Card>
      ) : null}
      <Card withBorder padding="md" component="section" aria-labelledby="person-cases">
        <Title order={2} size="h4" id="person-cases" mb="sm">
          {t('persons.sections.cases')}
        </Title>
        {p.cases.length === 0 ? (
          <Text size="sm">{t('persons.noCases')}</Text>
        ) : (
          <List spacing={4} size="sm">
            {p.cases.map((link) => (
              <List.Item key={link.participantId}>
                <Anchor component={Link} to={`/cases/${link.case.id}`}>
                  {link.case.title}
                </Anchor>
                {link.case.caseNumber ? ` (${link.case.caseNumber})` : ''} ·{' '}
                {t(`persons.caseRole.${link.role}`)} · {t(`persons.caseStage.${link.case.stage}`)}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="person-events">
        <Title order={2} size="h4" id="person-events" mb="sm">
          {t('persons.sections.events')}
        </Title>
        {p.events.length === 0 ? (
          <Text size="sm">{t('persons.noEvents')}</Text>
        ) : (
          <List spacing={4} size="sm">
            {p.events.map((link) => (
              <List.Item key={link.linkId}>
                <Anchor component={Link} to={`/events/${link.event.id}`}>
                  {link.event.title}
                </Anchor>
                {link.event.startedOn ? `, ${labels.date(link.event.startedOn)}` : ''} ·{' '}
                {t(`persons.eventRole.${link.role}`)}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
    </SimpleGrid>
  );
}

/** The status today with its basis, and the status on any other day (GET /persons/:id/status?on=). */
function StatusCard({ person: p }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const labels = usePersonLabels();
  const [day, setDay] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const other = usePersonStatusOn(p.id, asked);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="person-status">
      <Title order={2} size="h4" id="person-status" mb="sm">
        {t('persons.sections.status')}
      </Title>
      <Stack gap="sm">
        <Group gap="xs">
          <PersonStatusBadge status={p.status} size="lg" />
          <Text size="sm">
            {t('persons.statusAsOf', { date: labels.date({ value: p.statusAsOf, precision: 'day' }) })}
          </Text>
        </Group>
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('persons.basis.label')}
          </Text>{' '}
          {describeBasis(p.statusBasis, labels, t)}
        </Text>
        {p.statusOverride ? <Text size="xs">{t('persons.basis.overrideNote')}</Text> : null}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setAsked(day || null);
          }}
        >
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              type="date"
              label={t('persons.statusOnDay')}
              value={day}
              onChange={(event) => setDay(event.currentTarget.value)}
              w={200}
            />
            <Button
              type="submit"
              variant="outline"
              leftSection={<IconCalendarSearch size={16} aria-hidden />}
              loading={other.isFetching}
              disabled={!day}
            >
              {t('persons.checkStatus')}
            </Button>
          </Group>
        </form>
        <div aria-live="polite">
          {asked && other.data ? (
            <Stack gap={4}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {t('persons.statusOn', { date: labels.date({ value: other.data.on, precision: 'day' }) })}
                </Text>
                <PersonStatusBadge status={other.data.status} />
              </Group>
              <Text size="sm">{describeBasis(other.data.basis, labels, t)}</Text>
            </Stack>
          ) : null}
          {asked && other.isError ? (
            <Text size="sm" c="red.9">
              {describeError(other.error, t).message}
            </Text>
          ) : null}
        </div>
      </Stack>
    </Card>
  );
}
