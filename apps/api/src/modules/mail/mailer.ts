import { Logger } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';

export interface MailMessage {
  /** Stable per outbox row, so a receiving server can drop a duplicate delivery. */
  messageId: string;
  /** Left out: the mailer's default sender. */
  from?: string;
  to: string;
  subject: string;
  text: string;
}

/** The outside world's mail system, behind one small interface. */
export interface Mailer {
  readonly engine: 'embedded' | 'smtp';
  send(message: MailMessage): Promise<void>;
  /** True when mail can be handed over right now. */
  check(): Promise<boolean>;
}

export const MAILER = Symbol('MAILER');

/** Sends over SMTP (SMTP_URL). */
export class SmtpMailer implements Mailer {
  readonly engine = 'smtp' as const;
  private readonly transport: Transporter;

  constructor(url: string, private readonly from: string) {
    // Bounded well below the outbox's 10-minute stale claim, so a hung send fails before a
    // retry could take the same email over and send it twice.
    this.transport = nodemailer.createTransport({ url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: message.from ?? this.from, to: message.to, subject: message.subject, text: message.text, messageId: message.messageId });
  }

  async check(): Promise<boolean> {
    return this.transport.verify().then(() => true, () => false);
  }
}

/**
 * The zero-setup default: each message becomes an .eml file under the mail folder, where a
 * person can open it. The log names the file, never the recipient.
 */
export class FileMailer implements Mailer {
  readonly engine = 'embedded' as const;
  private readonly logger = new Logger('Mail');
  private readonly transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly dir: string, private readonly from: string) {}

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail({ from: message.from ?? this.from, to: message.to, subject: message.subject, text: message.text, messageId: message.messageId });
    await mkdir(this.dir, { recursive: true });
    // Sorted by time; the id ties the file to its outbox row.
    const file = join(this.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.${message.messageId.replace(/[^A-Za-z0-9-]/g, '').slice(0, 36)}.eml`);
    await writeFile(file, info.message as Buffer, { mode: 0o600 });
    this.logger.log({ msg: 'Email written', file });
  }

  async check(): Promise<boolean> {
    return mkdir(this.dir, { recursive: true }).then(() => true, () => false);
  }
}
