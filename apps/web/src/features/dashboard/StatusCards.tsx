import { DETENTION_STATUSES, type Statistics } from '@habeas/shared';
import { Button, Card, SimpleGrid, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../auth/use-session';
import { EmptyState } from '../common/EmptyState';
import { useStatisticsLabels } from '../reports/use-statistics-labels';
import classes from './StatusCards.module.css';

const DETAINED = new Set<string>(DETENTION_STATUSES);

/** One card per current status with its number of persons; each opens the persons list filtered by it. */
export function StatusCards({ statistics }: { statistics: Statistics | undefined }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useStatisticsLabels();
  const can = useCan();

  if (!statistics) {
    return (
      <div role="status" aria-busy="true">
        <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
        <SimpleGrid cols={{ base: 2, sm: 3, md: 4, xl: 6 }} spacing="md">
          {Array.from({ length: 6 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cards never reorder
            <Card key={i} withBorder padding="md" aria-hidden>
              <Skeleton height={30} width="50%" mb="xs" />
              <Skeleton height={14} width="80%" />
            </Card>
          ))}
        </SimpleGrid>
      </div>
    );
  }

  if (statistics.persons === 0) {
    return (
      <EmptyState
        icon={<IconUsers size={30} stroke={1.5} />}
        title={t('dashboard.noPersons')}
        description={t('dashboard.noPersonsHint')}
        action={
          can('create', 'CaseData') ? (
            <Button component={Link} to="/persons/new" leftSection={<IconPlus size={18} aria-hidden />}>
              {t('dashboard.addPerson')}
            </Button>
          ) : null
        }
      />
    );
  }

  const rows = [...statistics.byStatus].sort((a, b) => b.count - a.count);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, md: 4, xl: 6 }} spacing="md" component="ul" className={classes.list}>
      <li>
        <Card withBorder padding="md" component={Link} to="/persons" className={classes.card}>
          <Text className={classes.number}>{format.number(statistics.persons)}</Text>
          <Text size="sm" fw={600}>
            {t('dashboard.allPersons')}
          </Text>
        </Card>
      </li>
      {rows.map((row) => (
        <li key={row.key}>
          <Card
            withBorder
            padding="md"
            component={Link}
            to={`/persons?status=${encodeURIComponent(row.key)}`}
            className={classes.card}
            data-detained={DETAINED.has(row.key) || undefined}
          >
            <Text className={classes.number}>{format.number(row.count)}</Text>
            <Text size="sm" fw={600}>
              {labels.status(row)}
            </Text>
          </Card>
        </li>
      ))}
    </SimpleGrid>
  );
}
