import type { CaseDetail, Sentence } from '@habeas/shared';
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconCalculator, IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { useCaseAction } from './case-actions';
import { deleteSentence } from './cases-api';
import { Section } from './Section';
import { SentenceFormModal } from './SentenceFormModal';
import { useSentenceSummary } from './use-sentence-summary';

/** Verdicts and sentences: the term, its start, the expected release (derived) and the actual one. */
export function SentencesSection({ c, canEdit }: { c: CaseDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const summary = useSentenceSummary();
  const [editing, setEditing] = useState<{ record?: Sentence } | null>(null);
  const [deleting, setDeleting] = useState<Sentence | null>(null);
  const remove = useCaseAction(
    c.id,
    (s: Sentence) => deleteSentence(s.id, s.version),
    (s) => t('cases.sentences.deleted', { name: s.person.displayName }),
  );
  const defendants = c.chargesByDefendant.map((d) => d.person);
  const date = (d: Sentence['verdictOn']) => (d ? format.impreciseDate(d) : '');

  return (
    <Section
      title={t('cases.sections.sentences')}
      actions={
        canEdit && defendants.length > 0 ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setEditing({})}
          >
            {t('cases.sentences.add')}
          </Button>
        ) : null
      }
    >
      {c.sentences.length === 0 ? (
        <Text size="sm" fs="italic">
          {t('cases.sentences.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('cases.sentences.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.sentences.person')}</Table.Th>
                <Table.Th scope="col">{t('cases.sentences.sentence')}</Table.Th>
                <Table.Th scope="col">{t('cases.sentences.verdict')}</Table.Th>
                <Table.Th scope="col">{t('cases.sentences.startedOn')}</Table.Th>
                <Table.Th scope="col">{t('cases.sentences.expectedEndOn')}</Table.Th>
                <Table.Th scope="col">{t('cases.sentences.actualReleaseOn')}</Table.Th>
                {canEdit ? (
                  <Table.Th scope="col" w={80}>
                    <VisuallyHidden>{t('cases.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.sentences.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/persons/${s.person.id}`} size="sm">
                      {s.person.displayName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{summary(s)}</Text>
                    {s.supersedesId ? <Text size="xs">{t('cases.sentences.supersedesNote')}</Text> : null}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm">{date(s.verdictOn)}</Text>
                      {s.court ? <Text size="xs">{s.court.name}</Text> : null}
                      {s.outcome ? <Text size="xs">{s.outcome}</Text> : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>{date(s.startedOn)}</Table.Td>
                  <Table.Td>
                    {s.expectedEndOn ? (
                      <Group gap={4} wrap="nowrap">
                        <Text size="sm" data-testid="expected-release">
                          {format.impreciseDate(s.expectedEndOn)}
                        </Text>
                        <Tooltip label={t('cases.sentences.derivedHint')}>
                          <IconCalculator
                            size={14}
                            aria-label={t('cases.sentences.derivedHint')}
                            role="img"
                          />
                        </Tooltip>
                      </Group>
                    ) : (
                      <Text size="sm">{t('cases.sentences.noExpectedEnd')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {s.actualReleaseOn ? date(s.actualReleaseOn) : t('cases.sentences.notReleased')}
                  </Table.Td>
                  {canEdit ? (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('cases.sentences.edit', { name: s.person.displayName })}
                          onClick={() => setEditing({ record: s })}
                        >
                          <IconEdit size={16} aria-hidden />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red.9"
                          aria-label={t('cases.sentences.delete', { name: s.person.displayName })}
                          onClick={() => setDeleting(s)}
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
        <SentenceFormModal
          caseId={c.id}
          record={editing.record}
          defendants={defendants}
          otherSentences={c.sentences.filter((s) => s.id !== editing.record?.id)}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('cases.sentences.deleteTitle')}
        message={deleting ? t('cases.sentences.confirmDelete', { name: deleting.person.displayName }) : ''}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting, { onSettled: () => setDeleting(null) });
        }}
      />
    </Section>
  );
}
