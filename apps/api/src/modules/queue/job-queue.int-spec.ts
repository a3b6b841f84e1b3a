import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../../database/transaction-runner';
import { createTestApp, Outbox, TestApp, waitFor } from '../../testing';
import { MailService } from '../mail/mail.service';
import { JobQueue } from './job-queue';

describe('Transactional outbox on pg-boss', () => {
  let t: TestApp;
  let transactions: TransactionRunner;
  let mail: MailService;
  let queue: JobQueue;
  let outbox: Outbox;
  let db: DataSource;

  beforeAll(async () => {
    // No worker: queued jobs stay where the test can see them.
    t = await createTestApp({ env: { RUN_WORKERS: 'false' } });
    transactions = t.app.get(TransactionRunner);
    mail = t.app.get(MailService);
    queue = t.app.get(JobQueue);
    outbox = new Outbox(t.app);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const message = () => ({ to: `outbox-${randomUUID()}@example.org`, subject: 'Subject', text: 'Body' });

  it('keeps neither the email nor its job when the transaction rolls back', async () => {
    const email = message();
    let emailId: string | undefined;
    const work = transactions.run(async (manager) => {
      emailId = await mail.queue(manager, email);
      // Both are visible inside the transaction...
      expect(await manager.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'emailId' = $1`, [emailId])).toEqual([{ n: 1 }]);
      throw new Error('the change that caused the email failed');
    });
    await expect(work).rejects.toThrow('the change that caused the email failed');

    // ...and neither survives the rollback.
    expect(emailId).toBeDefined();
    expect(await outbox.emailsTo(email.to)).toEqual([]);
    expect(await outbox.jobsFor(emailId!)).toEqual([]);
  });

  it('keeps both, the job holding only the id, when the transaction commits', async () => {
    const email = message();
    const emailId = await transactions.run((manager) => mail.queue(manager, email));

    expect(await outbox.emailsTo(email.to)).toEqual([expect.objectContaining({ id: emailId, status: 'queued', attempts: 0 })]);
    const jobs = await outbox.jobsFor(emailId);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ state: 'created', data: { emailId } });
    expect(jobs[0].data).toEqual({ emailId });
  });

  it('rolls back a job enqueued directly with the transaction', async () => {
    const emailId = randomUUID();
    await expect(
      transactions.run(async (manager) => {
        await queue.enqueue(manager, 'email.send', { emailId });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await outbox.jobsFor(emailId)).toEqual([]);
  });

  it('refuses to enqueue outside a transaction, and enqueues nothing', async () => {
    const emailId = randomUUID();
    await expect(queue.enqueue(db.manager, 'email.send', { emailId })).rejects.toThrow(/inside a transaction/);
    const runner = db.createQueryRunner();
    try {
      await expect(queue.enqueue(runner.manager, 'email.send', { emailId })).rejects.toThrow(/inside a transaction/);
    } finally {
      await runner.release();
    }
    expect(await outbox.jobsFor(emailId)).toEqual([]);
  });

  it('configures email.send to retry with backoff and then dead-letter', async () => {
    const [emailQueue] = await db.query(`SELECT retry_limit, retry_delay, retry_backoff, dead_letter FROM pgboss.queue WHERE name = 'email.send'`);
    expect(emailQueue.retry_limit).toBeGreaterThanOrEqual(3);
    expect(emailQueue.retry_delay).toBeGreaterThan(0);
    expect(emailQueue.retry_backoff).toBe(true);
    expect(emailQueue.dead_letter).toBe('email.send.dead');
    expect(await db.query(`SELECT name FROM pgboss.queue WHERE name = $1`, [emailQueue.dead_letter])).toHaveLength(1);

    // The policy reaches the jobs themselves.
    const emailId = await transactions.run((manager) => mail.queue(manager, message()));
    const [job] = await db.query(`SELECT retry_limit, retry_delay, retry_backoff, dead_letter FROM pgboss.job WHERE data->>'emailId' = $1`, [emailId]);
    expect(job).toEqual({ retry_limit: emailQueue.retry_limit, retry_delay: emailQueue.retry_delay, retry_backoff: true, dead_letter: 'email.send.dead' });
  });

  it('schedules the scans in pg-boss (an upsert: every process declares the same four)', async () => {
    await t.app.get(JobQueue).start();
    const schedules = await db.query(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`);
    expect(schedules).toEqual([
      { name: 'check-ins.scan', cron: '*/10 * * * *', timezone: 'UTC' },
      { name: 'flags.escalate', cron: '* * * * *', timezone: 'UTC' },
      { name: 'idempotency.purge', cron: '41 * * * *', timezone: 'UTC' },
      { name: 'risk.no-placement', cron: '17 3 * * *', timezone: 'UTC' },
    ]);
  });

  it('takes a burst of jobs in batches, and fails only the job whose handler threw', async () => {
    const ids = Array.from({ length: 12 }, () => randomUUID());
    const failing = ids[3];
    await transactions.run(async (manager) => {
      for (const id of ids) await queue.enqueue(manager, 'search.sync', { kind: 'job', id });
    });
    const fetched: string[] = [];
    await queue.work('search.sync', async ({ id }) => {
      fetched.push(id);
      if (id === failing) throw new Error('engine down');
    });
    const states = async () =>
      Object.fromEntries(
        ((await db.query(`SELECT data->>'id' AS id, state FROM pgboss.job WHERE name = 'search.sync' AND data->>'id' = ANY($1)`, [ids])) as Array<{ id: string; state: string }>).map(
          (row) => [row.id, row.state],
        ),
      );
    await waitFor(async () => Object.values(await states()).filter((state) => state === 'completed').length === ids.length - 1, 'the other jobs to complete');
    const final = await states();
    expect(final[failing]).toBe('retry');
    expect(ids.filter((id) => id !== failing).every((id) => final[id] === 'completed')).toBe(true);
    // Every job was handled: the burst drains in one fetch of up to 20, not one job a second.
    expect(new Set(fetched).size).toBe(ids.length);
  });
});
