import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AccessEntry {
  occurredAt: Date;
  action: string;
  actorRole: string | null;
  actorName: string | null;
  organisationName: string | null;
  organisationKind: string | null;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(events: Omit<AuditEvent, 'id'> | Omit<AuditEvent, 'id'>[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (Array.isArray(events) && !events.length) return;
    await manager.insert(AuditEvent, events);
  }

  /**
   * Who other than `exceptUserId` has read or changed a record, newest first, with their name
   * and organisation: what a survivor sees on "who viewed my data".
   */
  async accessesOf(subjectType: string, subjectId: string, exceptUserId: string | null, limit: number): Promise<AccessEntry[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(AuditEvent, 'event')
      .leftJoin('users', 'actor', 'actor.id = event.actor_user_id')
      .leftJoin('organisations', 'organisation', 'organisation.id = event.organisation_id')
      .select(['event.occurred_at AS "occurredAt"', 'event.action AS action', 'event.actor_role AS "actorRole"', 'actor.display_name AS "actorName"', 'organisation.name AS "organisationName"', 'organisation.kind AS "organisationKind"'])
      .where('event.subject_type = :subjectType AND event.subject_id = :subjectId', { subjectType, subjectId })
      .andWhere("event.outcome = 'success'")
      .andWhere('(event.actor_user_id IS NULL OR event.actor_user_id IS DISTINCT FROM :exceptUserId)', { exceptUserId })
      .orderBy('event.occurred_at', 'DESC')
      .limit(limit)
      .getRawMany<AccessEntry>();
    return rows;
  }
}
