import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface OutboxRow {
  id: string;
  to_address: string;
  from_address: string | null;
  subject: string;
  text_body: string;
  status: 'queued' | 'sending' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
}

export interface EmailJobRow {
  id: string;
  data: unknown;
  state: string;
  retry_count: number;
  output: unknown;
}

/** Read-only looks at the outbox and the queue, for assertions. */
export class Outbox {
  constructor(private readonly app: INestApplication) {}

  private get db(): DataSource {
    return this.app.get(DataSource);
  }

  emailsTo(address: string): Promise<OutboxRow[]> {
    return this.db.query(`SELECT * FROM outbound_emails WHERE to_address = $1 ORDER BY created_at`, [address.toLowerCase()]);
  }

  async email(id: string): Promise<OutboxRow> {
    const [row] = await this.db.query(`SELECT * FROM outbound_emails WHERE id = $1`, [id]);
    return row as OutboxRow;
  }

  /** Every `email.send` job whose payload names this outbox row. */
  jobsFor(emailId: string): Promise<EmailJobRow[]> {
    return this.db.query(`SELECT id, data, state, retry_count, output FROM pgboss.job WHERE name = 'email.send' AND data->>'emailId' = $1`, [emailId]);
  }

  /** Row counts that a refused request must leave alone. */
  async counts(): Promise<{ invitations: number; emails: number; jobs: number }> {
    const [row] = await this.db.query(
      `SELECT (SELECT count(*) FROM invitations)::int AS invitations,
              (SELECT count(*) FROM outbound_emails)::int AS emails,
              (SELECT count(*) FROM pgboss.job WHERE name = 'email.send')::int AS jobs`,
    );
    return row;
  }
}
