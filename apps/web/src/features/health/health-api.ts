import { type Health, HealthSchema } from '@habeas/shared';
import { useQuery } from '@tanstack/react-query';
import { client, isApiError } from '../../api/client';

export const healthQueryKey = ['health'] as const;

/**
 * The API answers 503 with the full report when degraded (so load balancers notice): that is a
 * result to show, not an error.
 */
export async function fetchHealth(): Promise<Health> {
  try {
    const { data } = await client.GET('/api/health');
    return HealthSchema.parse(data);
  } catch (error) {
    if (isApiError(error) && error.statusCode === 503) {
      const report = HealthSchema.safeParse(error.body);
      if (report.success) return report.data;
    }
    throw error;
  }
}

export function useHealth() {
  return useQuery({ queryKey: healthQueryKey, queryFn: fetchHealth });
}
