export { Prisma, PrismaClient } from '@prisma/client';
export { createPrismaClient } from './client';
export { connectionFields, redactUrl, withDatabase } from './connection';
export type { EmbeddedPostgresHandle, EmbeddedPostgresOptions } from './embedded';
export { EmbeddedPostgresError, startEmbeddedPostgres } from './embedded';
export type { MigrationState } from './migrate';
export { applyMigrations, migrationNames, migrationState, repoRoot } from './migrate';
export { cloneTestDatabase, dropDatabase, recreateDatabase } from './test-databases';
