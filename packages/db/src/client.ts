import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import { connectionFields } from './connection';

/** The app's Prisma client: a plain PrismaPg adapter over a pg pool. */
export function createPrismaClient(databaseUrl: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ ...connectionFields(databaseUrl), max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}
