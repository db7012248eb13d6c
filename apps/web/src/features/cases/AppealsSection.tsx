import type { Appeal, AppealStatus, CaseDetail, CasePersonRef } from '@habeas/shared';
import { ActionIcon, Anchor, Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { AppealFormModal } from '../appeals/AppealFormModal';
import { deleteAppeal } from '../appeals/appeals-api';
import { DeadlineCountdown } from '../appeals/DeadlineCountdown';
import { useAppealLabels } from '../appeals/use-appeal-labels';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useCaseAction } from './case-actions';
import { Section } from './Section';
import { useSentenceSummary } from './use-sentence-summary';

const STATUS_COLORS: Record<AppealStatus, string> = {
  planned: 'orange.9',
  filed: 'blue.9',
  pending: 'indigo.9',
  upheld: 'gray.8',
  reduced: 'habeas',
  overturned: 'habeas',
  rejected: 'red.9',
  withdrawn: 'gray.8',
};

export function AppealStatusBadge({ status }: { status: AppealStatus }) {
  const labels = useAppealLabels();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {labels.status(status)}
    </Badge>
  );
}

/** Appeals of the case with the days left to each deadline; an overdue one says so, in red. */
export function AppealsSection({ c, canEdit }: { c: CaseDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const labels = useAppealLabels();
  const format = useFormatters();
  const sentenceSummary = useSentenceSummary();
  const [editing, setEditing] = useState<{ record?: Appeal } | null>(null);
  const [deleting, setDeleting] = useState<Appeal | null>(null);
  const remove = useCaseAction(
    c.id,
    (a: Appeal) => deleteAppeal(a.id, a.version),
    (a) => t('appeals.deleted', { level: labels.level(a.level) }),
  );
  const persons: CasePersonRef[] = [];
  for (const group of Object.values(c.participantsByRole)) {
    for (const p of group) if (!persons.some((x) => x.id === p.person.id)) persons.push(p.person);
  }
  const date = (d: Appeal['filedOn']) => (d ? format.impreciseDate(d) : '');

  return (
    <Section
      title={t('cases.sections.appeals')}
      actions={
        canEdit ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setEditing({})}
          >
            {t('appeals.add')}
          </Button>
        ) : null
      }
    >
      {c.appeals.length === 0 ? (
        <Text size="sm" fs="italic">
          {t('appeals.noneInCase')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('appeals.caseCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('appeals.fields.level')}</Table.Th>
                <Table.Th scope="col">{t('appeals.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('appeals.fields.appellant')}</Table.Th>
                <Table.Th scope="col">{t('appeals.fields.filedOn')}</Table.Th>
                <Table.Th scope="col">{t('appeals.fields.deadline')}</Table.Th>
                <Table.Th scope="col">{t('appeals.fields.decision')}</Table.Th>
                {canEdit ? (
                  <Table.Th scope="col" w={80}>
                    <VisuallyHidden>{t('cases.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.appeals.map((a) => (
                <Table.Tr key={a.id} data-overdue={a.overdue ? 'true' : undefined}>
                  <Table.Th scope="row" fw={400}>
                    <Text size="sm" fw={600}>
                      {labels.level(a.level)}
                    </Text>
                    {a.body || a.bodyName ? <Text size="xs">{a.body?.name ?? a.bodyName}</Text> : null}
                  </Table.Th>
                  <Table.Td>
                    <AppealStatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td>
                    {a.person ? (
                      <Anchor component={Link} to={`/persons/${a.person.id}`} size="sm">
                        {a.person.displayName}
                      </Anchor>
                    ) : (
                      ''
                    )}
                  </Table.Td>
                  <Table.Td>{date(a.filedOn)}</Table.Td>
                  <Table.Td>
                    {a.deadline ? (
                      <Stack gap={2}>
                        <Text size="sm">{format.impreciseDate({ value: a.deadline, precision: 'day' })}</Text>
                        <DeadlineCountdown days={a.daysUntilDeadline} overdue={a.overdue} size="xs" />
                      </Stack>
                    ) : (
                      <Text size="sm">{t('appeals.noDeadline')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm">{date(a.decisionOn)}</Text>
                      {a.resultingChange ? <Text size="xs">{a.resultingChange}</Text> : null}
                    </Stack>
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('appeals.edit', { level: labels.level(a.level) })}
                          onClick={() => setEditing({ record: a })}
                        >
                          <IconEdit size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          aria-label={t('appeals.delete', { level: labels.level(a.level) })}
                          onClick={() => setDeleting(a)}
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
      {editing ? (
        <AppealFormModal
          caseId={c.id}
          record={editing.record}
          sentences={c.sentences}
          persons={persons}
          describeSentence={(s) => `${s.person.displayName}: ${sentenceSummary(s)}`}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('appeals.deleteTitle')}
        message={deleting ? t('appeals.confirmDelete', { level: labels.level(deleting.level) }) : ''}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting, { onSettled: () => setDeleting(null) });
        }}
      />
    </Section>
  );
}
