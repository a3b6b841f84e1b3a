import { Injectable } from '@nestjs/common';
import { FLAG_TRANSITIONS, FlagOutcome, FlagStatus, RiskLevel } from '@onward/shared';
import { Clock } from '../../common/clock/clock';
import { Errors } from '../../common/errors/domain.exception';
import { Actor } from '../../common/security/request-context';
import { TransactionRunner } from '../../database/transaction-runner';
import { AuditService } from '../audit/audit.service';
import { SurvivorAccess } from '../survivors/survivor-access';
import { FlagDetailDto, FlagEventDto, FlagPageDto, FlagSummaryDto, SignalDto } from './dto/flag.dto';
import { Flag } from './flag.entity';
import { RiskRepository } from './risk.repository';

export interface FlagListInput {
  state: 'active' | 'resolved' | 'all';
  level?: RiskLevel;
  assigned: 'me' | 'anyone';
  survivorId?: string;
  limit: number;
  offset: number;
}

const STATUS_WORDS: Record<FlagStatus, string> = { open: 'open', acknowledged: 'acknowledged', in_progress: 'in progress', resolved: 'resolved' };

/**
 * A caseworker's follow-up work. Flags are seen and worked by caseworkers of the survivor's
 * organisation only; to anyone else a flag does not exist (DESIGN.md safety rules 2 and 3).
 */
@Injectable()
export class FlagsService {
  constructor(
    private readonly risk: RiskRepository,
    private readonly access: SurvivorAccess,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, input: FlagListInput): Promise<FlagPageDto> {
    if (actor.role !== 'caseworker') throw Errors.notFound('The page');
    if (input.survivorId) await this.access.asCaseworker(actor, input.survivorId);
    const now = this.clock.now();
    const [flags, total] = await this.risk.listFlags({
      organisationId: actor.organisationId,
      state: input.state,
      level: input.level,
      assignedToId: input.assigned === 'me' ? actor.id : undefined,
      survivorId: input.survivorId,
      limit: input.limit,
      offset: input.offset,
    });
    await this.audit.record({ action: 'flag.list', outcome: 'success', actor });
    return { items: flags.map((flag) => FlagSummaryDto.from(flag, now)), total };
  }

  async get(actor: Actor, id: string): Promise<FlagDetailDto> {
    const flag = await this.visible(actor, id);
    await this.audit.record({ action: 'flag.view', outcome: 'success', actor, subjectType: 'survivor', subjectId: flag.survivorId });
    return this.detail(flag);
  }

  acknowledge(actor: Actor, id: string): Promise<FlagDetailDto> {
    return this.move(actor, id, 'acknowledged');
  }

  start(actor: Actor, id: string): Promise<FlagDetailDto> {
    return this.move(actor, id, 'in_progress');
  }

  resolve(actor: Actor, id: string, resolution: { outcome: FlagOutcome; note: string; signalsSeen: number | null }): Promise<FlagDetailDto> {
    return this.move(actor, id, 'resolved', resolution);
  }

  async addNote(actor: Actor, id: string, note: string): Promise<FlagDetailDto> {
    await this.transactions.run(async (manager) => {
      const flag = await this.lockVisible(actor, id, manager);
      await this.risk.addEvents(manager, [{ flagId: flag.id, type: 'note', at: this.clock.now(), actorId: actor.id, note }]);
      await this.audit.record({ action: 'flag.note', outcome: 'success', actor, subjectType: 'flag', subjectId: flag.id }, manager);
    });
    return this.detail((await this.risk.findFlag(id))!);
  }

  private async move(actor: Actor, id: string, to: Exclude<FlagStatus, 'open'>, resolution?: { outcome: FlagOutcome; note: string; signalsSeen: number | null }): Promise<FlagDetailDto> {
    await this.transactions.run(async (manager) => {
      const flag = await this.lockVisible(actor, id, manager);
      if (!FLAG_TRANSITIONS[flag.status].includes(to)) {
        throw Errors.conflict(`This follow-up is ${STATUS_WORDS[flag.status]}, so it cannot be marked ${STATUS_WORDS[to]}.`);
      }
      if (resolution?.signalsSeen != null && (await this.risk.signalCount(manager, flag.id)) > resolution.signalsSeen) {
        throw Errors.conflict('Something new has happened since you opened this follow-up. Review it before resolving.');
      }
      const now = this.clock.now();
      await this.risk.updateFlag(manager, flag.id, {
        status: to,
        // Starting or resolving an open flag acknowledges it too.
        acknowledgedAt: flag.acknowledgedAt ?? now,
        ...(resolution ? { resolvedAt: now, outcome: resolution.outcome } : {}),
      });
      await this.risk.addEvents(manager, [{ flagId: flag.id, type: to, at: now, actorId: actor.id, note: resolution?.note ?? null }]);
      await this.audit.record({ action: `flag.${to}`, outcome: 'success', actor, subjectType: 'flag', subjectId: flag.id }, manager);
    });
    return this.detail((await this.risk.findFlag(id))!);
  }

  private async visible(actor: Actor, id: string): Promise<Flag> {
    const flag = actor.role === 'caseworker' ? await this.risk.findFlag(id) : null;
    if (!flag || !this.access.isCaseworkerOf(actor, flag)) throw Errors.notFound('The follow-up');
    return flag;
  }

  /**
   * The flag, locked after the survivor's assessment lock (the order RiskService.record takes
   * them in): a signal arriving while the caseworker resolves either joins the flag before the
   * resolve, or waits and opens a new one after it; it never lands on a resolved flag unseen.
   */
  private async lockVisible(actor: Actor, id: string, manager: Parameters<RiskRepository['lockFlag']>[0]): Promise<Flag> {
    const found = await this.visible(actor, id);
    await this.risk.lockSurvivor(manager, found.survivorId);
    return (await this.risk.lockFlag(manager, id))!;
  }

  private async detail(flag: Flag): Promise<FlagDetailDto> {
    const [signals, events] = await Promise.all([this.risk.signalsOfFlag(flag.id), this.risk.eventsOfFlag(flag.id)]);
    return { ...FlagSummaryDto.from(flag, this.clock.now()), signals: signals.map(SignalDto.from), events: events.map(FlagEventDto.from) };
  }
}
