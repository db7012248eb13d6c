import { connectionFields, createPrismaClient, PrismaClient } from '@habeas/db';
import {
  type DynamicModule,
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Pool } from 'pg';
import { DatabaseInfo } from './database-info';

/**
 * Provides the Prisma client (ordinary queries, transactions) and a pg Pool
 * (streaming exports, COPY, search SQL that Prisma cannot express).
 */
/**
 * An idle client's error (the server restarting or shutting down) must not
 * crash the process: the pool drops that client and the next query reconnects.
 */
function createPool(url: string): Pool {
  const pool = new Pool({ ...connectionFields(url), max: 10 });
  pool.on('error', (error) => new Logger('Database').warn(`Idle database connection lost: ${error.message}`));
  return pool;
}

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
        { provide: Pool, useFactory: () => createPool(info.url) },
      ],
      exports: [DatabaseInfo, PrismaClient, Pool],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.prisma.$disconnect(), this.pool.end()]);
  }
}
