import type { AppealStatus, PersonAppeal, PersonCharge, PersonDetail, PersonSentence } from '@habeas/shared';
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconClock, IconFileText, IconGavel, IconScale } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { EmptyState } from '../common/EmptyState';
import { SectionHeading } from './parts';
import { usePersonLabels } from './use-person-labels';

/** "Kozlov case (No. 1-12/2012)" linking to the case; "Not visible to you" when the case is hidden. */
function CaseLink({ value }: { value: PersonCharge['case'] }) {
  const { t } = useTranslation();
  if (!value)
    return (
      <Text span size="sm">
        {t('persons.caseHidden')}
      </Text>
    );
  return (
    <Anchor component={Link} to={`/cases/${value.id}`} size="sm">
      {value.caseNumber ? `${value.title} (${value.caseNumber})` : value.title}
    </Anchor>
  );
}

function Section({
  id,
  title,
  empty,
  emptyIcon,
  emptyHint,
  children,
}: {
  id: string;
  title: string;
  empty: boolean;
  emptyIcon: ReactNode;
  emptyHint: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id} title={title} />
      {empty ? (
        <EmptyState icon={emptyIcon} title={t('persons.proceedings.none')} description={emptyHint} />
      ) : (
        <Table.ScrollContainer minWidth={720}>{children}</Table.ScrollContainer>
      )}
    </section>
  );
}

/** The Charges tab: each charge under its legal provision, in the case it belongs to. */
export function ChargesPanel({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const labels = usePersonLabels();
  return (
    <Section
      id="person-charges"
      title={t('persons.sections.charges')}
      empty={person.charges.length === 0}
      emptyIcon={<IconFileText size={30} stroke={1.5} />}
      emptyHint={t('persons.proceedings.chargesHint')}
    >
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('persons.charges.provision')}</Table.Th>
            <Table.Th scope="col">{t('persons.charges.case')}</Table.Th>
            <Table.Th scope="col">{t('persons.charges.status')}</Table.Th>
            <Table.Th scope="col">{t('persons.charges.filedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {person.charges.map((c) => {
            const title = labels.provisionTitle(c.provision);
            return (
              <Table.Tr key={c.id}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm" fw={600}>
                    {c.provision.label}
                  </Text>
                  {title ? <Text size="xs">{title}</Text> : null}
                </Table.Th>
                <Table.Td>
                  <CaseLink value={c.case} />
                </Table.Td>
                <Table.Td>
                  <Badge variant="outline" color={c.status === 'convicted' ? 'red.9' : 'dark'}>
                    {labels.chargeStatus(c.status)}
                  </Badge>
                </Table.Td>
                <Table.Td>{labels.date(c.filedOn) ?? t('common.unknown')}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

/** The Sentences tab: the term, its start, the expected release the API derives, the actual release. */
export function SentencesPanel({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const labels = usePersonLabels();
  const format = useFormatters();
  const term = (s: PersonSentence) => {
    if (s.kind === 'fine' && s.fineAmount !== null) {
      return s.fineCurrency
        ? new Intl.NumberFormat(format.language, { style: 'currency', currency: s.fineCurrency }).format(
            s.fineAmount,
          )
        : format.number(s.fineAmount);
    }
    return (
      labels.term({ years: s.termYears, months: s.termMonths, days: s.termDays }) ??
      t('persons.sentences.noTerm')
    );
  };
  return (
    <Section
      id="person-sentences"
      title={t('persons.sections.sentences')}
      empty={person.sentences.length === 0}
      emptyIcon={<IconGavel size={30} stroke={1.5} />}
      emptyHint={t('persons.proceedings.sentencesHint')}
    >
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('persons.sentences.kind')}</Table.Th>
            <Table.Th scope="col">{t('persons.sentences.term')}</Table.Th>
            <Table.Th scope="col">{t('persons.sentences.start')}</Table.Th>
            <Table.Th scope="col">{t('persons.sentences.expectedRelease')}</Table.Th>
            <Table.Th scope="col">{t('persons.sentences.actualRelease')}</Table.Th>
            <Table.Th scope="col">{t('persons.sentences.case')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {person.sentences.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Th scope="row" fw={400}>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {labels.sentenceKind(s.kind)}
                  </Text>
                  {s.verdictOn ? (
                    <Text size="xs">
                      {t('persons.sentences.verdict', { date: labels.date(s.verdictOn) })}
                    </Text>
                  ) : null}
                  {s.regime ? (
                    <Text size="xs">{t('persons.sentences.regime', { regime: s.regime })}</Text>
                  ) : null}
                  {s.superseded ? (
                    <Badge size="xs" variant="outline" color="dark">
                      {t('persons.sentences.superseded')}
                    </Badge>
                  ) : null}
                </Stack>
              </Table.Th>
              <Table.Td>{term(s)}</Table.Td>
              <Table.Td>{labels.date(s.startedOn) ?? t('common.unknown')}</Table.Td>
              <Table.Td>
                {s.expectedEndOn ? (
                  <Stack gap={0}>
                    <Text size="sm">{labels.date(s.expectedEndOn)}</Text>
                    <Text size="xs">{t('persons.sentences.derived')}</Text>
                  </Stack>
                ) : (
                  t('common.unknown')
                )}
              </Table.Td>
              <Table.Td>{labels.date(s.actualReleaseOn) ?? t('persons.sentences.notReleased')}</Table.Td>
              <Table.Td>
                <CaseLink value={s.case} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

export interface DeadlineCountdownProps {
  /** Days from today to the deadline (derived by the API); negative once passed. */
  days: number | null;
  /** Derived by the API: passed while the appeal is still only planned. */
  overdue: boolean;
  status: AppealStatus;
}

/** "in 12 days", "today", "overdue by 3 days" (in red with an icon): never the colour alone. */
export function DeadlineCountdown({ days, overdue, status }: DeadlineCountdownProps) {
  const { t } = useTranslation();
  const labels = usePersonLabels();
  if (days === null) return null;
  if (overdue) {
    return (
      <Group gap={4} wrap="nowrap" c="red.9">
        <IconAlertTriangle size={16} aria-hidden />
        <Text size="sm" fw={700} c="red.9">
          {t('persons.appeals.overdueBy', { duration: labels.days(-days) })}
        </Text>
      </Group>
    );
  }
  if (days < 0) return <Text size="sm">{t('persons.appeals.passed', { duration: labels.days(-days) })}</Text>;
  const awaiting = status === 'planned';
  if (days === 0) {
    return (
      <Group gap={4} wrap="nowrap" c={awaiting ? 'orange.9' : undefined}>
        <IconClock size={16} aria-hidden />
        <Text size="sm" fw={700}>
          {t('persons.appeals.dueToday')}
        </Text>
      </Group>
    );
  }
  const soon = awaiting && days <= 7;
  return (
    <Group gap={4} wrap="nowrap" c={soon ? 'orange.9' : undefined}>
      {soon ? <IconClock size={16} aria-hidden /> : null}
      <Text size="sm" fw={soon ? 700 : 400}>
        {t('persons.appeals.dueIn', { duration: labels.days(days) })}
      </Text>
    </Group>
  );
}

/** The Appeals tab: level, status and the deadline with its countdown. */
export function AppealsPanel({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const labels = usePersonLabels();
  const format = useFormatters();
  const deadline = (a: PersonAppeal) =>
    a.deadline ? format.impreciseDate({ value: a.deadline, precision: 'day' }) : null;
  return (
    <Section
      id="person-appeals"
      title={t('persons.sections.appeals')}
      empty={person.appeals.length === 0}
      emptyIcon={<IconScale size={30} stroke={1.5} />}
      emptyHint={t('persons.proceedings.appealsHint')}
    >
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('persons.appeals.level')}</Table.Th>
            <Table.Th scope="col">{t('persons.appeals.status')}</Table.Th>
            <Table.Th scope="col">{t('persons.appeals.deadline')}</Table.Th>
            <Table.Th scope="col">{t('persons.appeals.filedOn')}</Table.Th>
            <Table.Th scope="col">{t('persons.appeals.body')}</Table.Th>
            <Table.Th scope="col">{t('persons.appeals.case')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {person.appeals.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Th scope="row" fw={400}>
                {labels.appealLevel(a.level)}
              </Table.Th>
              <Table.Td>
                <Stack gap={2}>
                  <Badge variant="outline" color="dark">
                    {labels.appealStatus(a.status)}
                  </Badge>
                  {a.decisionOn ? (
                    <Text size="xs">{t('persons.appeals.decided', { date: labels.date(a.decisionOn) })}</Text>
                  ) : null}
                  {a.resultingChange ? <Text size="xs">{a.resultingChange}</Text> : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                {a.deadline ? (
                  <Stack gap={2}>
                    <Text size="sm" component="time" dateTime={a.deadline}>
                      {deadline(a)}
                    </Text>
                    <DeadlineCountdown days={a.daysUntilDeadline} overdue={a.overdue} status={a.status} />
                  </Stack>
                ) : (
                  t('persons.appeals.noDeadline')
                )}
              </Table.Td>
              <Table.Td>{labels.date(a.filedOn) ?? t('persons.appeals.notFiled')}</Table.Td>
              <Table.Td>{a.body?.name ?? a.bodyName ?? ''}</Table.Td>
              <Table.Td>
                <CaseLink value={a.case} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
