import { DataSource } from 'typeorm';
import { createTestApp, Factories, HttpClient, Outbox, SmtpCapture, status, TEST_PASSWORD, TestApp, waitFor } from '../../testing';
import { MailService } from '../mail/mail.service';

/**
 * A flag's email while the mail server is down: it waits in the outbox, is delivered once the
 * server is back, and is never sent twice. The SMTP server is a real one in this process,
 * stopped and restarted on the same port; the app's own worker makes the first attempt.
 */
describe('Flag emails survive an SMTP outage', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let outbox: Outbox;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    t = await createTestApp({ env: { SMTP_URL: smtp.url } });
    outbox = new Outbox(t.app);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close().catch(() => undefined);
  });

  it('queues the alarm email while SMTP is down, delivers it after recovery, once', async () => {
    const factories = new Factories(t.app);
    const provider = (await factories.organisation({ kind: 'service_provider' })).id;
    const caseworker = await factories.user({ role: 'caseworker', organisationId: provider });
    const survivorUser = await factories.user({ role: 'survivor', organisationId: provider });
    await factories.survivor({ organisationId: provider, caseworkerId: caseworker.id, userId: survivorUser.id });
    const survivor = new HttpClient(t.app);
    await survivor.login(survivorUser.email, TEST_PASSWORD).then(status(200));

    await smtp.stop();
    await survivor.post('/api/v1/survivors/me/alarm').then(status(202));
    const [queued] = await outbox.emailsTo(caseworker.email);
    expect(queued.subject).toBe('Someone you support asked for help');

    // The worker tried and failed: the row is kept as failed and its job waits for a retry.
    const failed = await waitFor(async () => ((await outbox.email(queued.id)).status === 'failed' ? outbox.email(queued.id) : undefined), 'the first attempt to fail');
    expect(failed).toMatchObject({ attempts: 1, sent_at: null });
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
    await waitFor(async () => (await outbox.jobsFor(queued.id))[0]?.state === 'retry', 'the job to wait for its retry');
    expect(smtp.to(caseworker.email)).toEqual([]);

    await smtp.restart();
    // pg-boss would retry in 30 s with backoff; run the same retry at once.
    const mail = t.app.get(MailService);
    await mail.deliver(queued.id);
    await mail.deliver(queued.id);
    expect(smtp.to(caseworker.email)).toHaveLength(1);
    expect(smtp.to(caseworker.email)[0].parsed.messageId).toBe(`<${queued.id}@onward>`);
    expect(await outbox.email(queued.id)).toMatchObject({ status: 'sent', attempts: 2 });
    const [{ count }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS count FROM outbound_emails WHERE to_address = $1`, [caseworker.email]);
    expect(count).toBe(1);
  });
});
