import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue.service';

/** Background jobs (pg-boss on the application's PostgreSQL, schema `pgboss`). */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
