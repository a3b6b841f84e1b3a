import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestApp, Factories, HttpClient, Outbox, SmtpCapture, status, TEST_PASSWORD, TestApp, waitFor } from '../../testing';
import { MailService } from './mail.service';
import { OutboundEmailsRepository } from './outbound-emails.repository';

const MINUTE = 60_000;

describe('Email delivery over SMTP', () => {
  let smtp: SmtpCapture;
  let t: TestApp;
  let mail: MailService;
  let outbox: Outbox;
  let caseworker: HttpClient;

  beforeAll(async () => {
    smtp = await SmtpCapture.start();
    t = await createTestApp({ env: { SMTP_URL: smtp.url } });
    mail = t.app.get(MailService);
    outbox = new Outbox(t.app);
    const user = await new Factories(t.app).user({ role: 'caseworker' });
    caseworker = new HttpClient(t.app);
    await caseworker.login(user.email, TEST_PASSWORD).then(status(200));
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const uniqueEmail = (label: string) => `${label}-${randomBytes(4).toString('hex')}@example.org`;

  /** An outbox row with no queue job, so only the test delivers it. */
  async function queuedEmail(to: string): Promise<string> {
    const row = await t.app.get(OutboundEmailsRepository).insert(t.app.get(DataSource).manager, { toAddress: to, subject: 'Hello', textBody: 'Just a note.' });
    return row.id;
  }

  it('delivers an invitation over SMTP once; delivering the same row again sends nothing', async () => {
    const email = uniqueEmail('smtp');
    await caseworker.post('/api/v1/invitations', { email, role: 'survivor' }).then(status(201));

    const message = await smtp.waitForMessageTo(email);
    const [row] = await outbox.emailsTo(email);
    expect(message.envelopeTo).toEqual([email]);
    expect(message.parsed.to && !Array.isArray(message.parsed.to) ? message.parsed.to.text : message.parsed.to).toBe(email);
    expect(message.parsed.subject).toBe('Your account invitation');
    expect(message.parsed.text).toMatch(new RegExp(`${t.config.publicUrl}/invite#[A-Za-z0-9_-]{43}\\b`));
    // The Message-ID is stable per outbox row, so a receiving server can drop a duplicate.
    expect(message.parsed.messageId).toBe(`<${row.id}@onward>`);

    const sent = await waitFor(async () => ((await outbox.email(row.id)).status === 'sent' ? outbox.email(row.id) : undefined), 'the row to be marked sent');
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, last_error: null });

    await mail.deliver(row.id);
    expect(smtp.to(email)).toHaveLength(1);
    expect((await outbox.email(row.id)).attempts).toBe(1);
  });

  it('marks a refused delivery failed and leaves the job to pg-boss to retry, with no address in the job', async () => {
    const email = uniqueEmail('refused.once');
    smtp.rejectRecipient(email, 1);
    await caseworker.post('/api/v1/invitations', { email, role: 'survivor' }).then(status(201));
    const [row] = await outbox.emailsTo(email);

    const [job] = await waitFor(async () => {
      const jobs = await outbox.jobsFor(row.id);
      return jobs[0]?.state === 'retry' ? jobs : undefined;
    }, 'the job to wait for a retry');
    expect(await outbox.email(row.id)).toMatchObject({ status: 'failed', attempts: 1, last_error: expect.stringContaining('451') });
    expect(JSON.stringify(job)).not.toContain(email.split('@')[0]);
    expect(smtp.to(email)).toHaveLength(0);

    // pg-boss would run the retry 30 s from now; run the same delivery at once instead.
    await mail.deliver(row.id);
    expect(smtp.to(email)).toHaveLength(1);
    expect(await outbox.email(row.id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
  });

  it('throws a delivery error that names the email id but not the address', async () => {
    const email = uniqueEmail('private.person');
    const id = await queuedEmail(email);
    smtp.rejectRecipient(email, 1);

    const error = await mail.deliver(id).then(() => undefined, (e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toContain(id);
    expect(`${error!.message}\n${error!.stack}`).not.toContain('private.person');
    expect(await outbox.email(id)).toMatchObject({ status: 'failed', attempts: 1 });

    await mail.deliver(id);
    expect(smtp.to(email)).toHaveLength(1);
    expect((await outbox.email(id)).status).toBe('sent');
  });

  it('sends once when two deliveries of the same row race', async () => {
    const email = uniqueEmail('race');
    const id = await queuedEmail(email);
    await Promise.allSettled([mail.deliver(id), mail.deliver(id), mail.deliver(id)]);
    expect(smtp.to(email)).toHaveLength(1);
    expect(await outbox.email(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('does not drop an email whose earlier attempt died mid-send: the retry fails until the claim is stale, then sends', async () => {
    const email = uniqueEmail('crashed');
    const id = await queuedEmail(email);
    // A worker claimed the row and then died (or its job expired) before sending.
    await t.app.get(OutboundEmailsRepository).claim(id, t.clock.now());

    // The retry must not report success while nothing was sent: pg-boss would drop the job.
    const error = await mail.deliver(id).then(() => undefined, (e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).not.toContain('crashed');
    expect(smtp.to(email)).toHaveLength(0);

    t.clock.advance(11 * MINUTE);
    await mail.deliver(id);
    expect(smtp.to(email)).toHaveLength(1);
    expect((await outbox.email(id)).status).toBe('sent');
  });
});
