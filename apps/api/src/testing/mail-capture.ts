import { ParsedMail, simpleParser } from 'mailparser';
import { readdir, readFile } from 'node:fs/promises';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  /** RCPT TO addresses, as the server received them. */
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

/** Polls `check` until it returns something other than undefined/false, or fails after `timeoutMs`. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it accepts, for SMTP_URL in tests.
 * `rejectRecipient` makes it answer RCPT TO for an address with a temporary 451 error.
 */
export class SmtpCapture {
  readonly messages: CapturedMail[] = [];
  private readonly rejections = new Map<string, number>();
  private readonly server: SMTPServer;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const key = address.address.toLowerCase();
        const remaining = this.rejections.get(key) ?? 0;
        if (remaining > 0) {
          this.rejections.set(key, remaining - 1);
          const error = Object.assign(new Error(`Mailbox <${address.address}> temporarily unavailable`), { responseCode: 451 });
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          this.waiting++;
          await this.held;
          this.waiting--;
          const raw = Buffer.concat(chunks).toString('utf8');
          // Kept before the 250 reply, so a sender that got "accepted" finds it here at once.
          simpleParser(raw).then(
            (parsed) => {
              this.messages.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
              callback();
            },
            (error: Error) => callback(error),
          );
        });
      },
    });
  }

  static async start(): Promise<SmtpCapture> {
    const capture = new SmtpCapture();
    await new Promise<void>((resolve, reject) => {
      capture.server.once('error', reject);
      capture.server.listen(0, '127.0.0.1', () => resolve());
    });
    capture.boundPort = (capture.server.server.address() as AddressInfo).port;
    return capture;
  }

  /** The server goes down: connections are refused until restart(), on the same port. */
  stop(): Promise<void> {
    return this.close();
  }

  restart(): Promise<void> {
    // smtp-server answers "421 shutting down" while its close timer is set, even after listening again.
    const server = this.server as unknown as { _closeTimeout: NodeJS.Timeout | null };
    if (server._closeTimeout) clearTimeout(server._closeTimeout);
    server._closeTimeout = null;
    return new Promise<void>((resolve, reject) => {
      this.server.server.once('error', reject);
      this.server.listen(this.boundPort, '127.0.0.1', () => resolve());
    });
  }

  private boundPort = 0;
  private held: Promise<void> | undefined;
  private releaseHeld: (() => void) | undefined;
  private waiting = 0;

  /** A slow server: each message's data is received but not answered until releaseDeliveries(). */
  holdDeliveries(): void {
    this.held ??= new Promise<void>((resolve) => (this.releaseHeld = resolve));
  }

  releaseDeliveries(): void {
    this.releaseHeld?.();
    this.held = this.releaseHeld = undefined;
  }

  /** Messages sent in full and waiting for the server's answer while deliveries are held. */
  get heldDeliveries(): number {
    return this.waiting;
  }

  get port(): number {
    return this.boundPort;
  }

  /** For SMTP_URL. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next `times` deliveries to this address get "451 temporarily unavailable". */
  rejectRecipient(address: string, times = 1): void {
    this.rejections.set(address.toLowerCase(), times);
  }

  to(address: string): CapturedMail[] {
    return this.messages.filter((message) => message.envelopeTo.some((to) => to.toLowerCase() === address.toLowerCase()));
  }

  waitForMessageTo(address: string, timeoutMs = 10_000): Promise<CapturedMail> {
    return waitFor(() => this.to(address)[0], `an email to ${address}`, timeoutMs);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * The .eml file the zero-setup FileMailer wrote for one outbox row (its name carries the row id),
 * parsed; waits for the in-process worker to write it.
 */
export async function readMailFile(dir: string, emailId: string, timeoutMs = 10_000): Promise<{ raw: string; parsed: ParsedMail }> {
  const file = await waitFor(
    async () => (await readdir(dir).catch(() => [] as string[])).find((name) => name.endsWith(`.${emailId}.eml`)),
    `the email file for ${emailId}`,
    timeoutMs,
  );
  const raw = await readFile(join(dir, file), 'utf8');
  return { raw, parsed: await simpleParser(raw) };
}
