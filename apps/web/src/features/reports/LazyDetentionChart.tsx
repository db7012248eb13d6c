import { Skeleton, Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { DetentionChartProps } from './DetentionChart';

// The charting library is large: load it with the chart, after the page's figures are on screen.
const DetentionChart = lazy(() => import('./DetentionChart').then((m) => ({ default: m.DetentionChart })));

/** <DetentionChart> loaded on demand, with a skeleton of its size meanwhile. */
export function LazyDetentionChart(props: DetentionChartProps) {
  return (
    <Suspense
      fallback={
        <Stack gap="xs" aria-hidden>
          <Skeleton height={16} width="70%" />
          <Skeleton height={props.height ?? 260} />
        </Stack>
      }
    >
      <DetentionChart {...props} />
    </Suspense>
  );
}
