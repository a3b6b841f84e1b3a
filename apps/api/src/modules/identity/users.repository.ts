import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Query builders rather than findOne: with a relation, findOne sends two statements.
  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.createQueryBuilder(User, 'user').innerJoinAndSelect('user.organisation', 'organisation').where('user.email = :email', { email: email.toLowerCase() }).getOne();
  }

  findById(id: string): Promise<User | null> {
    return this.dataSource.manager.createQueryBuilder(User, 'user').innerJoinAndSelect('user.organisation', 'organisation').where('user.id = :id', { id }).getOne();
  }

  async create(manager: EntityManager, user: Pick<User, 'organisationId' | 'email' | 'displayName' | 'role' | 'passwordHash'>): Promise<User> {
    return manager.save(manager.create(User, { ...user, email: user.email.toLowerCase(), disabledAt: null }));
  }

  async update(manager: EntityManager, id: string, change: Partial<Pick<User, 'isSupervisor' | 'disabledAt' | 'passwordHash'>>): Promise<void> {
    await manager.update(User, { id }, change);
  }

  count(): Promise<number> {
    return this.dataSource.manager.count(User);
  }
}
