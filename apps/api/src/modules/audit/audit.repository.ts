import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(event: Omit<AuditEvent, 'id'>, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditEvent, event);
  }
}
