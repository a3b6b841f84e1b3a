import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Session } from './session.entity';

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(session: Pick<Session, 'tokenHash' | 'userId' | 'lastSeenAt' | 'expiresAt'>, manager: EntityManager = this.dataSource.manager): Promise<Session> {
    return manager.save(manager.create(Session, session));
  }

  /**
   * Runs on every signed-in request. One statement: findOne with a relation would send two (a
   * DISTINCT query for the id, then the row), and the token hash is unique anyway.
   */
  findByTokenHash(tokenHash: string): Promise<Session | null> {
    return this.dataSource.manager
      .createQueryBuilder(Session, 'session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.token_hash = :tokenHash', { tokenHash })
      .getOne();
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.dataSource.manager.update(Session, { id }, { lastSeenAt: at });
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.manager.delete(Session, { id });
  }

  /** Ends every session of a user; returns how many there were. */
  async deleteForUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return (await manager.delete(Session, { userId })).affected ?? 0;
  }
}
