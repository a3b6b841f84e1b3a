import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.findOne(User, { where: { email: email.toLowerCase() }, relations: { organisation: true } });
  }

  findById(id: string): Promise<User | null> {
    return this.dataSource.manager.findOne(User, { where: { id }, relations: { organisation: true } });
  }

  async create(manager: EntityManager, user: Pick<User, 'organisationId' | 'email' | 'displayName' | 'role' | 'passwordHash'>): Promise<User> {
    return manager.save(manager.create(User, { ...user, email: user.email.toLowerCase(), disabledAt: null }));
  }

  count(): Promise<number> {
    return this.dataSource.manager.count(User);
  }
}
