import { connectionFields, createPrismaClient, PrismaClient } from '@habeas/db';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { DatabaseInfo } from './database-info';

/**
 * Provides the Prisma client (ordinary queries, transactions) and a pg Pool
 * (streaming exports, COPY, search SQL that Prisma cannot express).
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(PrismaClient) private readonly prisma: PrismaClient,
    @Inject(Pool) private readonly pool: Pool,
  ) {}

  static forRoot(info: DatabaseInfo): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DatabaseInfo, useValue: info },
        { provide: PrismaClient, useFactory: () => createPrismaClient(info.url) },
        { provide: Pool, useFactory: () => new Pool({ ...connectionFields(info.url), max: 5 }) },
      ],
      exports: [DatabaseInfo, PrismaClient, Pool],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.prisma.$disconnect(), this.pool.end()]);
  }
}
