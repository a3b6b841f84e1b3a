import { Injectable } from '@nestjs/common';
import { PlacementEndReason, SignalType } from '@onward/shared';
import { EntityManager } from 'typeorm';
import { Clock, utcDay } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { CheckInsService } from '../check-ins/check-ins.service';
import { signalOf } from '../risk/risk.repository';
import { RiskService } from '../risk/risk.service';
import { SurvivorAccess } from '../survivors/survivor-access';
import { EmployerPlacementDto, EmployerPlacementPageDto, PlacementDto, PlacementPageDto } from './dto/placement.dto';
import { Placement } from './placement.entity';
import { PlacementScope, PlacementsRepository } from './placements.repository';

/** Endings that weigh more than a job simply ending. */
const END_SIGNALS: Partial<Record<PlacementEndReason, SignalType>> = { unsafe: 'placement_ended_unsafe', employer_suspended: 'placement_ended_employer_suspended' };

export interface EndPlacementInput {
  endDate: string;
  reason: PlacementEndReason;
  note: string | null;
}

/**
 * Placements: made by a hire (see ApplicationsService), read and ended here. The survivor and
 * their organisation's caseworkers see the whole placement; the employer sees its own through
 * EmployerPlacementDto; anyone else is told it does not exist.
 */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly placements: PlacementsRepository,
    private readonly access: SurvivorAccess,
    private readonly audit: AuditService,
    private readonly checkIns: CheckInsService,
    private readonly risk: RiskService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: { survivorId?: string; active?: boolean; limit: number; offset: number }): Promise<PlacementPageDto | EmployerPlacementPageDto> {
    if (query.survivorId && actor.role !== 'caseworker') throw Errors.invalidField('survivorId', 'Only caseworkers can filter placements by survivor.');
    const page = { active: query.active, limit: query.limit, offset: query.offset };
    if (actor.role === 'employer') {
      const [items, total] = await this.placements.list({ employerId: actor.organisationId }, page);
      // Every survivor an employer is shown is logged, for the survivor's "who viewed my data".
      await this.audit.recordMany(distinctSurvivors(items).map((survivorId) => viewed(actor, survivorId)));
      return { items: items.map(EmployerPlacementDto.from), total };
    }
    let scope: PlacementScope;
    if (actor.role === 'survivor') scope = { survivorId: (await this.access.own(actor)).id };
    else if (actor.role === 'caseworker') {
      if (query.survivorId) await this.access.asCaseworker(actor, query.survivorId);
      scope = { organisationId: actor.organisationId, survivorId: query.survivorId };
      await this.audit.record({ action: 'placement.list', outcome: 'success', actor });
    } else throw Errors.notFound('The page');
    const [items, total] = await this.placements.list(scope, page);
    return { items: items.map(PlacementDto.from), total };
  }

  async get(actor: Actor, id: string): Promise<PlacementDto | EmployerPlacementDto> {
    const placement = await this.placements.findById(id);
    if (!placement) throw Errors.notFound('The placement');
    await this.authorise(actor, placement);
    if (actor.role !== 'survivor') await this.audit.record(viewed(actor, placement.survivorId));
    return present(actor, placement);
  }

  /** The employer records a separation, a caseworker records one, or the survivor says "I left / I lost this job". */
  async end(actor: Actor, id: string, input: EndPlacementInput): Promise<PlacementDto | EmployerPlacementDto> {
    const placement = await this.transactions.run(async (manager) => {
      const current = await this.placements.lock(manager, id);
      if (!current) throw Errors.notFound('The placement');
      await this.authorise(actor, current, manager);
      if (current.endDate) throw Errors.conflict(`This placement already ended on ${current.endDate}.`);
      if (input.endDate < current.startDate) throw Errors.invalidField('endDate', `The end date cannot be before the start date, ${current.startDate}.`);
      if (input.endDate > utcDay(this.clock.now())) throw Errors.invalidField('endDate', 'The end date cannot be in the future. Record the end on or after the last day.');
      await this.placements.end(manager, id, { endDate: input.endDate, endReason: input.reason, endNote: input.note, endedByRole: actor.role, endedById: actor.id });
      await this.checkIns.cancelAfter(manager, id, input.endDate);
      await this.risk.record(manager, signalOf(END_SIGNALS[input.reason] ?? 'placement_ended', current.survivorId, this.clock.now(), { type: 'placement', id }));
      await this.audit.record({ action: 'placement.end', outcome: 'success', actor, subjectType: 'placement', subjectId: id }, manager);
      return (await this.placements.findById(id, manager))!;
    });
    return present(actor, placement);
  }

  /** The employer of the placement, the survivor, or a caseworker of the survivor's organisation; 404 for anyone else. */
  private async authorise(actor: Actor, placement: Placement, manager?: EntityManager): Promise<void> {
    if (actor.role === 'employer') {
      if (placement.employerId !== actor.organisationId) throw Errors.notFound('The placement');
      return;
    }
    await this.access.forRecordOf(actor, placement.survivorId, 'The placement', manager);
  }
}

const present = (actor: Actor, placement: Placement) => (actor.role === 'employer' ? EmployerPlacementDto.from(placement) : PlacementDto.from(placement));

const viewed = (actor: Actor, survivorId: string) => ({ action: 'placement.view', outcome: 'success' as const, actor, subjectType: 'survivor', subjectId: survivorId });

const distinctSurvivors = (placements: Placement[]) => [...new Set(placements.map((placement) => placement.survivorId))];
