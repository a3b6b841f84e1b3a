import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboundEmail } from './outbound-email.entity';

/** A claim on a row in 'sending' older than this is taken to be from a crashed worker. */
const STALE_CLAIM_SECONDS = 600;

@Injectable()
export class OutboundEmailsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, email: Pick<OutboundEmail, 'toAddress' | 'subject' | 'textBody'> & Partial<Pick<OutboundEmail, 'fromAddress'>>): Promise<OutboundEmail> {
    return manager.save(manager.create(OutboundEmail, { fromAddress: null, ...email, status: 'queued' }));
  }

  /**
   * Claims a row for sending, atomically, so two workers never send the same email. Returns
   * nothing when it was already sent or another worker holds a fresh claim.
   */
  async claim(id: string, now: Date): Promise<OutboundEmail | null> {
    const rows: OutboundEmail[] = await this.dataSource
      .createQueryBuilder()
      .update(OutboundEmail)
      .set({ status: 'sending', claimedAt: now, attempts: () => 'attempts + 1' })
      .where('id = :id', { id })
      .andWhere(`(status IN ('queued', 'failed') OR (status = 'sending' AND claimed_at < :stale))`, {
        stale: new Date(now.getTime() - STALE_CLAIM_SECONDS * 1000),
      })
      .returning('*')
      .execute()
      .then((result) => result.raw);
    if (rows.length === 0) return null;
    const row = rows[0] as unknown as Record<string, unknown>;
    return this.dataSource.manager.create(OutboundEmail, {
      id: row.id as string,
      toAddress: row.to_address as string,
      fromAddress: (row.from_address as string | null) ?? null,
      subject: row.subject as string,
      textBody: row.text_body as string,
    });
  }

  async markSent(id: string, now: Date): Promise<void> {
    await this.dataSource.manager.update(OutboundEmail, { id }, { status: 'sent', sentAt: now, lastError: null });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.manager.update(OutboundEmail, { id }, { status: 'failed', lastError: error.slice(0, 500) });
  }

  findById(id: string): Promise<OutboundEmail | null> {
    return this.dataSource.manager.findOne(OutboundEmail, { where: { id } });
  }
}
