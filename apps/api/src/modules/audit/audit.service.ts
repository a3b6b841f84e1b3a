import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { AuditOutcome } from './audit-event.entity';
import { AuditEventDto, AuditPageDto, AuditQuery } from './dto/audit.dto';
import { AccessEntry, AuditRepository } from './audit.repository';

export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  actor?: { id: string; role: string; organisationId: string } | null;
  subjectType?: string;
  subjectId?: string;
  clientAddress?: string;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** Records one event, inside the caller's transaction when one is given. */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    await this.recordMany([entry], manager);
  }

  /** Records several events in one statement (an employer's list view reads many survivors). */
  async recordMany(entries: AuditEntry[], manager?: EntityManager): Promise<void> {
    const occurredAt = this.clock.now();
    await this.audit.insert(
      entries.map((entry) => ({
        occurredAt,
        actorUserId: entry.actor?.id ?? null,
        actorRole: entry.actor?.role ?? null,
        organisationId: entry.actor?.organisationId ?? null,
        action: entry.action,
        subjectType: entry.subjectType ?? null,
        subjectId: entry.subjectId ?? null,
        outcome: entry.outcome,
        clientAddress: entry.clientAddress ?? null,
      })),
      manager,
    );
  }

  accessesOf(subjectType: string, subjectId: string, exceptUserId: string | null, limit = 200): Promise<AccessEntry[]> {
    return this.audit.accessesOf(subjectType, subjectId, exceptUserId, limit);
  }

  /** An admin's search of the trail; the search is itself recorded. */
  async search(actor: AuditEntry['actor'], query: AuditQuery, limit: number, offset: number, clientAddress: string): Promise<AuditPageDto> {
    const { items, total } = await this.audit.search({
      ...query,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      limit,
      offset,
    });
    // Without a subject: a search about a record is not an event of that record (it would join its own results).
    await this.record({ action: 'audit.search', outcome: 'success', actor, subjectType: 'audit_trail', clientAddress });
    return { items: items.map(AuditEventDto.from), total, limit, offset };
  }
}
