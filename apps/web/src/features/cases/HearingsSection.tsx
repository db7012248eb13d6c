import type { CaseDetail, Hearing } from '@habeas/shared';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { IconCalendarEvent, IconEdit, IconEyeOff, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useCaseAction } from './case-actions';
import { deleteHearing } from './cases-api';
import { HearingCalendar } from './HearingCalendar';
import { HearingFormModal } from './HearingFormModal';
import { hearingDay } from './hearing-dates';
import { Section } from './Section';
import { useCaseLabels } from './use-case-labels';

/** When a hearing is or was: the scheduled time, else the (possibly vague) day it was held. */
export function useHearingWhen() {
  const { t } = useTranslation();
  const format = useFormatters();
  return (h: Pick<Hearing, 'scheduledAt' | 'heldOn'>) => {
    if (h.scheduledAt) return format.dateTime(new Date(h.scheduledAt));
    if (h.heldOn) return format.impreciseDate(h.heldOn);
    return t('cases.hearings.dateUnknown');
  };
}

/** "Next hearing: 12 Dec 2026, 10:00 · Trial session · Aktau City Court (in 5 days)". */
export function NextHearing({ hearing }: { hearing: Hearing | null }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormatters();
  const when = useHearingWhen();
  if (!hearing) return null;
  const days = hearing.scheduledAt
    ? Math.max(0, Math.round((new Date(hearing.scheduledAt).getTime() - Date.now()) / 86_400_000))
    : null;
  return (
    <Alert
      variant="light"
      color="habeas"
      icon={<IconCalendarEvent aria-hidden />}
      title={t('cases.hearings.next')}
      aria-label={t('cases.hearings.next')}
      role="note"
    >
      <Text size="sm" fw={600}>
        {when(hearing)}
        {days !== null
          ? ` (${days === 0 ? t('cases.hearings.today') : t('cases.hearings.inDays', { duration: format.duration(days * 86_400) })})`
          : ''}
      </Text>
      <Text size="sm">
        {[
          labels.hearingKind(hearing.kind),
          hearing.court?.name,
          hearing.judge?.displayName ?? hearing.judgeName,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Alert>
  );
}

export function HearingsSection({ c, canEdit }: { c: CaseDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const when = useHearingWhen();
  const [editing, setEditing] = useState<{ record?: Hearing } | null>(null);
  const [deleting, setDeleting] = useState<Hearing | null>(null);
  const remove = useCaseAction(
    c.id,
    (h: Hearing) => deleteHearing(h.id, h.version),
    () => t('cases.hearings.deleted'),
  );
  const days = c.hearings.map(hearingDay).filter((d): d is string => d !== null);
  const initialDate =
    (c.nextHearing ? hearingDay(c.nextHearing) : null) ?? days[days.length - 1] ?? undefined;

  return (
    <Section
      title={t('cases.sections.hearings')}
      actions={
        canEdit ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setEditing({})}
          >
            {t('cases.hearings.add')}
          </Button>
        ) : null
      }
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {c.hearings.length === 0 ? (
            <Text size="sm" fs="italic">
              {t('cases.hearings.none')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing="xs">
                <Table.Caption>{t('cases.hearings.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('cases.hearings.when')}</Table.Th>
                    <Table.Th scope="col">{t('cases.hearings.kind')}</Table.Th>
                    <Table.Th scope="col">{t('cases.hearings.courtAndJudge')}</Table.Th>
                    <Table.Th scope="col">{t('cases.hearings.outcome')}</Table.Th>
                    {canEdit ? (
                      <Table.Th scope="col" w={80}>
                        <VisuallyHidden>{t('cases.actions')}</VisuallyHidden>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.hearings.map((h) => (
                    <Table.Tr key={h.id} aria-current={c.nextHearing?.id === h.id ? 'true' : undefined}>
                      <Table.Td>
                        <Text size="sm" fw={c.nextHearing?.id === h.id ? 700 : 400}>
                          {when(h)}
                        </Text>
                        {c.nextHearing?.id === h.id ? (
                          <Badge size="xs" variant="light">
                            {t('cases.hearings.nextBadge')}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{labels.hearingKind(h.kind)}</Text>
                        <Group gap={4}>
                          {h.isPublic === false ? (
                            <Badge
                              size="xs"
                              variant="outline"
                              color="dark"
                              leftSection={<IconEyeOff size={10} aria-hidden />}
                            >
                              {t('cases.hearings.closed')}
                            </Badge>
                          ) : null}
                          {h.observersPresent ? (
                            <Badge size="xs" variant="outline" color="habeas">
                              {t('cases.hearings.observed')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {h.court ? (
                          <Anchor component={Link} to={`/organisations/${h.court.id}`} size="sm">
                            {h.court.name}
                          </Anchor>
                        ) : null}
                        {h.judge ? (
                          <Text size="xs">
                            {t('cases.hearings.judgeNamed')}{' '}
                            <Anchor component={Link} to={`/persons/${h.judge.id}`} size="xs">
                              {h.judge.displayName}
                            </Anchor>
                          </Text>
                        ) : h.judgeName ? (
                          <Text size="xs">
                            {t('cases.hearings.judgeNamed')} {h.judgeName}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={3}>
                          {h.outcome ?? ''}
                        </Text>
                      </Table.Td>
                      {canEdit ? (
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('cases.hearings.edit', { when: when(h) })}
                              onClick={() => setEditing({ record: h })}
                            >
                              <IconEdit size={16} aria-hidden />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="red.9"
                              aria-label={t('cases.hearings.delete', { when: when(h) })}
                              onClick={() => setDeleting(h)}
                            >
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Group>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <HearingCalendar hearings={c.hearings} {...(initialDate ? { initialDate } : {})} />
        </Grid.Col>
      </Grid>
      {editing ? (
        <HearingFormModal caseId={c.id} record={editing.record} onClose={() => setEditing(null)} />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('cases.hearings.deleteTitle')}
        message={deleting ? t('cases.hearings.confirmDelete', { when: when(deleting) }) : ''}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting, { onSettled: () => setDeleting(null) });
        }}
      />
    </Section>
  );
}
