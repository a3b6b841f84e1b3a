import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditOutcome } from './audit-event.entity';

export interface AuditFilter {
  subjectId?: string;
  subjectType?: string;
  actorId?: string;
  /** An action, or the start of one. */
  action?: string;
  outcome?: AuditOutcome;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

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

  /** The trail, newest first, filtered. */
  async search(filter: AuditFilter): Promise<{ items: AuditEvent[]; total: number }> {
    const query = this.dataSource.manager.createQueryBuilder(AuditEvent, 'event');
    if (filter.subjectId) query.andWhere('event.subject_id = :subjectId', { subjectId: filter.subjectId });
    if (filter.subjectType) query.andWhere('event.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.actorId) query.andWhere('event.actor_user_id = :actorId', { actorId: filter.actorId });
    if (filter.action) query.andWhere(`event.action LIKE :action ESCAPE '\\'`, { action: `${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (filter.outcome) query.andWhere('event.outcome = :outcome', { outcome: filter.outcome });
    if (filter.from) query.andWhere('event.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.occurred_at < :to', { to: filter.to });
    const [items, total] = await query.orderBy('event.occurred_at', 'DESC').addOrderBy('event.id', 'DESC').take(filter.limit).skip(filter.offset).getManyAndCount();
    return { items, total };
  }
}
