import { connectionFields } from '@habeas/db';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { AppError } from '../../common/app-error';
import { DatabaseInfo } from '../../database/database-info';

/** pg-boss keeps its tables in their own schema of the application database. */
export const JOBS_SCHEMA = 'pgboss';

export interface QueueWorker<T extends object> {
  queue: string;
  /** Runs one job; a throw fails the pg-boss job (the handler records its own failure first). */
  handle: (data: T, jobId: string) => Promise<void>;
  /** Called once pg-boss has started (recovery of work interrupted by a restart). */
  onStart?: () => Promise<void>;
  /** pg-boss options of this queue's jobs (expiry, retries). */
  sendOptions?: PgBoss.SendOptions;
}

/**
 * Background work on PostgreSQL itself (pg-boss): no extra server, and with several API processes
 * each job goes to exactly one of them. Feature modules register a worker in onModuleInit; the
 * queue starts with the application (onApplicationBootstrap) and stops with it, waiting for running
 * jobs, so tests and shutdowns leave no open handle. When the database cannot be reached at start
 * (the OpenAPI export runs the app without one), jobs are unavailable but the app still starts.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly workers = new Map<string, QueueWorker<object>>();
  private readonly workerIds = new Map<string, string>();
  private boss: PgBoss | null = null;

  constructor(private readonly database: DatabaseInfo) {}

  register<T extends object>(worker: QueueWorker<T>): void {
    this.workers.set(worker.queue, worker as unknown as QueueWorker<object>);
  }

  get running(): boolean {
    return this.boss !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { host, port, user, password, database } = connectionFields(this.database.url);
    const boss = new PgBoss({
      host,
      port,
      user,
      password: typeof password === 'string' ? password : undefined,
      database,
      schema: JOBS_SCHEMA,
      max: 3,
      application_name: 'habeas-jobs',
    });
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    try {
      await boss.start();
    } catch (error) {
      this.logger.warn(`Background jobs unavailable: ${(error as Error).message}`);
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      return;
    }
    this.boss = boss;
    for (const worker of this.workers.values()) {
      // pg-boss 10: a queue must exist before send() or work().
      await boss.createQueue(worker.queue);
      const id = await boss.work<object>(
        worker.queue,
        { batchSize: 1, pollingIntervalSeconds: 2 },
        async ([job]) => {
          if (job) await worker.handle(job.data, job.id);
        },
      );
      this.workerIds.set(worker.queue, id);
    }
    for (const worker of this.workers.values()) {
      await worker
        .onStart?.()
        .catch((error: Error) =>
          this.logger.error(`Start-up of queue ${worker.queue} failed: ${error.message}`),
        );
    }
  }

  async send(queue: string, data: object): Promise<string> {
    const worker = this.workers.get(queue);
    if (!this.boss || !worker) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        'Background jobs are not available right now; try again later',
      );
    }
    const id = await this.boss.send(queue, data, worker.sendOptions ?? {});
    if (!id) throw new AppError('INTERNAL_ERROR', `The job could not be queued on ${queue}`);
    // Wake our own worker now rather than at its next poll.
    const workerId = this.workerIds.get(queue);
    if (workerId) this.boss.notifyWorker(workerId);
    return id;
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (!boss) return;
    // Waits for the running jobs (up to the timeout), then closes pg-boss's own pool.
    await boss.stop({ graceful: true, wait: true, timeout: 20_000, close: true });
  }
}
