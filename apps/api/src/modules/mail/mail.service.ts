import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { JobQueue } from '../queue/job-queue';
import { MAILER, Mailer } from './mailer';
import { OutboundEmailsRepository } from './outbound-emails.repository';

export interface EmailToQueue {
  to: string;
  /** Left out: MAIL_FROM. */
  from?: string;
  subject: string;
  text: string;
}

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    private readonly emails: OutboundEmailsRepository,
    private readonly jobs: JobQueue,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  /** Queues an email in the caller's transaction. It is sent by a worker, never inline. */
  async queue(manager: EntityManager, email: EmailToQueue): Promise<string> {
    const row = await this.emails.insert(manager, { toAddress: email.to, fromAddress: email.from ?? null, subject: email.subject, textBody: email.text });
    await this.jobs.enqueue(manager, 'email.send', { emailId: row.id });
    return row.id;
  }

  /** The worker's side: send one queued email at most once per successful delivery. */
  async deliver(emailId: string): Promise<void> {
    const email = await this.emails.claim(emailId, this.clock.now());
    if (!email) {
      const current = await this.emails.findById(emailId);
      if (!current || current.status === 'sent') {
        this.logger.log({ msg: 'Email already sent or gone; skipping', emailId });
        return;
      }
      // Another attempt holds a fresh claim: it may still send, or it died mid-send (a crash, or
      // pg-boss expired its job). Completing this job would lose the email in the second case,
      // so fail it; pg-boss retries with backoff until the claim is sent or goes stale.
      throw new Error(`Email ${emailId} is being sent by another attempt; retrying later`);
    }
    try {
      await this.mailer.send({ messageId: `<${email.id}@onward>`, ...(email.fromAddress ? { from: email.fromAddress } : {}), to: email.toAddress, subject: email.subject, text: email.textBody });
    } catch (error) {
      await this.emails.markFailed(email.id, error instanceof Error ? error.message : String(error));
      // pg-boss retries with backoff, then dead-letters the job. It stores the thrown error with
      // the job, so the error it sees must not carry an address from the SMTP reply.
      throw new Error(`Delivery of email ${email.id} failed; the reason is in outbound_emails.last_error`);
    }
    await this.emails.markSent(email.id, this.clock.now());
  }
}
