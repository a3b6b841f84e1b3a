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
  private stopped: Promise<void> | undefined;

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
        // An upsert: every process may declare the same schedule.
        if (definition.cron) await this.boss.schedule(name, definition.cron, {}, { tz: 'UTC' });
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

  /**
   * Runs a handler for each job of a queue. pg-boss waits its polling interval after every
   * fetch, so a worker takes up to `batchSize` jobs at a time (one second per job would let a
   * burst of changes queue up). Each job succeeds or fails on its own: a failed one is retried
   * with its backoff while the others of its batch complete.
   */
  async work<N extends JobName>(name: N, handler: (payload: JobPayloads[N], jobId: string) => Promise<void>): Promise<void> {
    await this.start();
    await this.boss.work<JobPayloads[N]>(name, { batchSize: JOB_DEFINITIONS[name].batchSize, pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data, job.id);
        } catch (error) {
          // Failed first: pg-boss then completes only the jobs of the batch still active.
          await this.boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
        }
      }
    });
  }

  /** Queue sizes for health and the admin page; throws when the queue's database is unreachable. */
  async size(name: JobName | `${JobName}.dead`): Promise<number> {
    await this.start();
    return this.boss.getQueueSize(name);
  }

  /**
   * Takes no more jobs and waits up to `timeoutMs` for the running ones to finish; pg-boss fails
   * any still running then, so each is retried (never left active) by the next worker. Runs once,
   * however often it is called; the database pool must outlive it, as running jobs use it.
   */
  stop(timeoutMs = 5000): Promise<void> {
    this.stopped ??= this.started
      ? this.started
          .then(() => this.boss.stop({ graceful: true, timeout: timeoutMs, wait: true }))
          .catch((error: Error) => this.logger.error({ msg: 'Queue did not stop cleanly', error: error.message }))
      : Promise.resolve();
    return this.stopped;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
