import { z } from 'zod';

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({
    reachable: z.boolean(),
    embedded: z.boolean(),
    serverVersion: z.string().nullable(),
    migrations: z.object({
      applied: z.number().int(),
      pending: z.array(z.string()),
      failed: z.array(z.string()),
    }),
  }),
  uptimeSeconds: z.number(),
});
export type Health = z.infer<typeof HealthSchema>;
