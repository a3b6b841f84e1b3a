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

  findByTokenHash(tokenHash: string): Promise<Session | null> {
    return this.dataSource.manager.findOne(Session, { where: { tokenHash }, relations: { user: true } });
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.dataSource.manager.update(Session, { id }, { lastSeenAt: at });
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.manager.delete(Session, { id });
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.dataSource.manager.delete(Session, { userId });
  }
}
