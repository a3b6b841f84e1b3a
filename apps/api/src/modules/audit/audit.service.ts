import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { AuditOutcome } from './audit-event.entity';
import { AuditRepository } from './audit.repository';

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
    await this.audit.insert(
      {
        occurredAt: this.clock.now(),
        actorUserId: entry.actor?.id ?? null,
        actorRole: entry.actor?.role ?? null,
        organisationId: entry.actor?.organisationId ?? null,
        action: entry.action,
        subjectType: entry.subjectType ?? null,
        subjectId: entry.subjectId ?? null,
        outcome: entry.outcome,
        clientAddress: entry.clientAddress ?? null,
      },
      manager,
    );
  }
}
