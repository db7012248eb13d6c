// Configures the Prisma CLI (generate, migrate). Loading .env ourselves: a
// prisma.config.ts turns off Prisma's own .env loading.
import 'dotenv/config';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { MigrationPgAdapterFactory, unrefLongTimers } from './packages/db/src/migration-adapter';

unrefLongTimers();

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error('DATABASE_URL must be set for Prisma migrations (npm run db:migrate sets it for you).');
    return new MigrationPgAdapterFactory(url);
  },
});
