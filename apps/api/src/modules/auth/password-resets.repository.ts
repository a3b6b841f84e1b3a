import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { returnedRows } from '../../database/returning';
import { PasswordReset } from './password-reset.entity';

@Injectable()
export class PasswordResetsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A new link for the user; any earlier one still open stops working. */
  async replace(manager: EntityManager, reset: Pick<PasswordReset, 'userId' | 'tokenHash' | 'expiresAt'>, now: Date): Promise<void> {
    await manager.update(PasswordReset, { userId: reset.userId, usedAt: IsNull() }, { usedAt: now });
    await manager.insert(PasswordReset, { ...reset, usedAt: null });
  }

  /** Uses up a link that is open and unexpired, once: the row it was, or null. */
  async use(manager: EntityManager, tokenHash: string, now: Date): Promise<PasswordReset | null> {
    const [row] = returnedRows<{ id: string; user_id: string }>(
      await manager.query(`UPDATE password_resets SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING id, user_id`, [tokenHash, now]),
    );
    return row ? ({ id: row.id, userId: row.user_id } as PasswordReset) : null;
  }

  findByTokenHash(tokenHash: string): Promise<PasswordReset | null> {
    return this.dataSource.manager.findOne(PasswordReset, { where: { tokenHash } });
  }
}
