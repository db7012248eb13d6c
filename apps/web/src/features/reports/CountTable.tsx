import type { CountRow } from '@habeas/shared';
import { Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';

export interface CountTableProps {
  id: string;
  title: string;
  /** What is counted ("Persons", "Sentences"). */
  countLabel: string;
  rows: readonly CountRow[];
  label: (row: CountRow) => string;
  /** Adds a "Share" column (percent of this total). */
  total?: number;
  note?: string;
}

/** One statistics table: a label and a count per row, sorted as the API sends them. */
export function CountTable({ id, title, countLabel, rows, label, total, note }: CountTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const percent = new Intl.NumberFormat(format.language, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">{t('reports.noRows')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={280}>
          <Table striped verticalSpacing={6} aria-labelledby={id}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.category')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {countLabel}
                </Table.Th>
                {total ? (
                  <Table.Th scope="col" ta="right">
                    {t('reports.share')}
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key || '(none)'}>
                  <Table.Th scope="row" fw={400}>
                    {label(row)}
                  </Table.Th>
                  <Table.Td ta="right">{format.number(row.count)}</Table.Td>
                  {total ? <Table.Td ta="right">{percent.format(row.count / total)}</Table.Td> : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {note ? (
        <Text size="xs" mt="xs">
          {note}
        </Text>
      ) : null}
    </Card>
  );
}
