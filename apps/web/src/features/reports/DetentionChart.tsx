import '@mantine/charts/styles.css';
import type { MonthlyPoint } from '@habeas/shared';
import { AreaChart } from '@mantine/charts';
import { Box, Stack, Table, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { monthDate } from './use-statistics-labels';

export interface DetentionChartProps {
  monthly: readonly MonthlyPoint[];
  /** Also draw arrests and releases per month. */
  withFlows?: boolean;
  height?: number;
  /** Show the table of figures open (it is behind a disclosure by default). */
  tableOpen?: boolean;
}

/**
 * Persons in detention at the end of each month, as a chart for the eye and, for everyone else, a
 * sentence summing it up and the same figures as a table (behind a disclosure).
 */
export function DetentionChart({
  monthly,
  withFlows = false,
  height = 260,
  tableOpen = false,
}: DetentionChartProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const summaryId = useId();
  const data = useMemo(
    () =>
      monthly.map((m) => ({
        month: format.impreciseDate(monthDate(m.month)),
        inDetention: m.inDetention,
        arrests: m.arrests,
        releases: m.releases,
      })),
    [monthly, format],
  );

  if (monthly.length === 0) return <Text size="sm">{t('reports.chart.noData')}</Text>;

  const first = monthly[0] as MonthlyPoint;
  const last = monthly[monthly.length - 1] as MonthlyPoint;
  const peak = monthly.reduce((best, m) => (m.inDetention > best.inDetention ? m : best), first);
  const month = (m: MonthlyPoint) => format.impreciseDate(monthDate(m.month));
  const summary = t('reports.chart.summary', {
    last: format.number(last.inDetention),
    lastMonth: month(last),
    first: format.number(first.inDetention),
    firstMonth: month(first),
    peak: format.number(peak.inDetention),
    peakMonth: month(peak),
  });

  const series = [
    { name: 'inDetention', label: t('reports.chart.inDetention'), color: 'habeas.7' },
    ...(withFlows
      ? [
          { name: 'arrests', label: t('reports.chart.arrests'), color: 'red.8' },
          { name: 'releases', label: t('reports.chart.releases'), color: 'blue.8' },
        ]
      : []),
  ];

  return (
    <Stack gap="sm">
      <Text size="sm" id={summaryId}>
        {summary}
      </Text>
      {/* The chart repeats the summary and the table for sighted readers. */}
      {/* inert: the chart library makes its SVG focusable, which must not happen inside aria-hidden. */}
      <Box aria-hidden inert>
        <AreaChart
          h={height}
          data={data}
          dataKey="month"
          series={series}
          curveType="monotone"
          withLegend={withFlows}
          valueFormatter={(value) => format.number(value)}
          tickLine="y"
          gridAxis="y"
          withDots={false}
        />
      </Box>
      <details open={tableOpen}>
        <summary>
          <Text span size="sm" fw={600}>
            {t('reports.chart.showTable')}
          </Text>
        </summary>
        <Table.ScrollContainer minWidth={360} mt="xs">
          <Table striped aria-describedby={summaryId}>
            <Table.Caption>{t('reports.chart.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.chart.month')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('reports.chart.inDetention')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('reports.chart.arrests')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('reports.chart.releases')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {monthly.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Th scope="row" fw={400}>
                    {month(m)}
                  </Table.Th>
                  <Table.Td ta="right">{format.number(m.inDetention)}</Table.Td>
                  <Table.Td ta="right">{format.number(m.arrests)}</Table.Td>
                  <Table.Td ta="right">{format.number(m.releases)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </details>
    </Stack>
  );
}
