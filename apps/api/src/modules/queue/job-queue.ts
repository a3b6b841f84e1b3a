import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { DATABASE_TARGET, DatabaseTarget } from '../../database/database.tokens';
import { JOB_DEFINITIONS, JobName, JobPayloads } from './jobs';

/**
 * The job queue: pg-boss on Onward's own PostgreSQL. Jobs are enqueued inside the caller's
 * transaction, so a job exists exactly when the change that caused it was committed.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private started: Promise<void> | undefined;

  constructor(@Inject(DATABASE_TARGET) database: DatabaseTarget) {
    this.boss = new PgBoss({ connectionString: database.url, max: 4, application_name: 'onward-queue' });
    this.boss.on('error', (error) => this.logger.error({ msg: 'Queue error', error: error.message }));
  }

  /** Starts pg-boss once and creates every queue with its retry policy and dead-letter queue. */
  start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      for (const [name, definition] of Object.entries(JOB_DEFINITIONS)) {
        const deadLetter = `${name}.dead`;
        if (!(await this.boss.getQueue(deadLetter))) await this.boss.createQueue(deadLetter, { name: deadLetter, retentionDays: 30 });
        const options = { name, ...definition.retry, deadLetter };
        if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, options);
        else await this.boss.createQueue(name, options);
      }
    })();
    return this.started;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  /** Enqueues a job in the transaction `manager` belongs to. */
  async enqueue<N extends JobName>(manager: EntityManager, name: N, payload: JobPayloads[N]): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) throw new Error(`Job ${name} must be enqueued inside a transaction`);
    await this.boss.send(name, payload, {
      db: { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records ?? [] }) },
    });
  }

  async work<N extends JobName>(name: N, handler: (payload: JobPayloads[N], jobId: string) => Promise<void>): Promise<void> {
    await this.start();
    await this.boss.work<JobPayloads[N]>(name, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
      await handler(job.data, job.id);
    });
  }

  /** Queue sizes for health and the admin page; throws when the queue's database is unreachable. */
  async size(name: JobName | `${JobName}.dead`): Promise<number> {
    await this.start();
    return this.boss.getQueueSize(name);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, timeout: 5000, wait: true }).catch(() => undefined);
  }
}
