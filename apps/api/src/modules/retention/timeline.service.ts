import { Injectable } from '@nestjs/common';
import { Clock, DAY_MS, utcDay } from '../../common/clock/clock';
import { Actor } from '../../common/security/request-context';
import { AuditService } from '../audit/audit.service';
import { CheckInsRepository } from '../check-ins/check-ins.repository';
import { CheckInDto } from '../check-ins/dto/check-in.dto';
import { FlagSummaryDto, SignalDto } from '../risk/dto/flag.dto';
import { RiskRepository } from '../risk/risk.repository';
import { PlacementsRepository } from '../placements/placements.repository';
import { SurvivorAccess } from '../survivors/survivor-access';
import { SurvivorTimelineDto, TimelinePlacementDto } from './dto/retention.dto';

const TIMELINE_LIMIT = 100;

const days = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** One survivor's time in work, gaps, check-ins, signals and flags, for their caseworkers. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly access: SurvivorAccess,
    private readonly placements: PlacementsRepository,
    private readonly checkIns: CheckInsRepository,
    private readonly risk: RiskRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async of(actor: Actor, survivorId: string): Promise<SurvivorTimelineDto> {
    const survivor = await this.access.asCaseworker(actor, survivorId);
    const now = this.clock.now();
    const today = utcDay(now);
    const [[placements], checkIns, signals, flags] = await Promise.all([
      this.placements.list({ survivorId: survivor.id }, { limit: TIMELINE_LIMIT, offset: 0 }),
      this.checkIns.ofSurvivor(survivor.id, TIMELINE_LIMIT),
      this.risk.signalsOfSurvivor(survivor.id, TIMELINE_LIMIT),
      this.risk.flagsOfSurvivor(survivor.id, TIMELINE_LIMIT),
    ]);
    await this.audit.record({ action: 'survivor.timeline', outcome: 'success', actor, subjectType: 'survivor', subjectId: survivor.id });

    // Oldest first. The gap before a placement runs from the latest end of every earlier one
    // (none while one of them still runs); days in work count each day once, overlaps included.
    const ordered = [...placements].sort((a, b) => a.startDate.localeCompare(b.startDate));
    let workedUntil: string | null = null;
    let totalTenureDays = 0;
    const rows: TimelinePlacementDto[] = ordered.map((placement, index) => {
      const end = placement.endDate ?? today;
      const gapBeforeDays = index === 0 ? null : Math.max(0, days(workedUntil!, placement.startDate));
      const countedFrom = workedUntil && workedUntil > placement.startDate ? workedUntil : placement.startDate;
      totalTenureDays += Math.max(0, days(countedFrom, end));
      if (!workedUntil || end > workedUntil) workedUntil = end;
      return {
        id: placement.id,
        jobTitle: placement.job?.title ?? '',
        employerName: placement.employer?.name ?? '',
        startDate: placement.startDate,
        endDate: placement.endDate,
        endReason: placement.endReason,
        tenureDays: Math.max(0, days(placement.startDate, end)),
        gapBeforeDays,
      };
    });
    const current = rows.filter((row) => row.endDate === null && row.startDate <= today).pop() ?? null;
    const running = rows.some((row) => row.endDate === null);
    return {
      survivor: { id: survivor.id, pseudonym: survivor.pseudonym },
      current,
      totalTenureDays,
      currentGapDays: running || !workedUntil ? null : days(workedUntil, today),
      placements: rows.reverse(),
      checkIns: checkIns.map(CheckInDto.from),
      signals: signals.map(SignalDto.from),
      flags: flags.map((flag) => FlagSummaryDto.from(flag, now)),
    };
  }
}
