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

    // Oldest first to measure each gap since the previous placement ended (0 when they overlap).
    const ordered = [...placements].sort((a, b) => a.startDate.localeCompare(b.startDate));
    const rows: TimelinePlacementDto[] = ordered.map((placement, index) => {
      const previous = ordered[index - 1];
      return {
        id: placement.id,
        jobTitle: placement.job?.title ?? '',
        employerName: placement.employer?.name ?? '',
        startDate: placement.startDate,
        endDate: placement.endDate,
        endReason: placement.endReason,
        tenureDays: Math.max(0, days(placement.startDate, placement.endDate ?? today)),
        gapBeforeDays: previous ? (previous.endDate ? Math.max(0, days(previous.endDate, placement.startDate)) : 0) : null,
      };
    });
    const current = rows.filter((row) => row.endDate === null && row.startDate <= today).pop() ?? null;
    const latestEnd = rows.reduce<string | null>((latest, row) => (row.endDate && (!latest || row.endDate > latest) ? row.endDate : latest), null);
    return {
      survivor: { id: survivor.id, pseudonym: survivor.pseudonym },
      current,
      totalTenureDays: rows.reduce((sum, row) => sum + row.tenureDays, 0),
      currentGapDays: current || rows.some((row) => row.endDate === null) || !latestEnd ? null : days(latestEnd, today),
      placements: rows.reverse(),
      checkIns: checkIns.map(CheckInDto.from),
      signals: signals.map(SignalDto.from),
      flags: flags.map((flag) => FlagSummaryDto.from(flag, now)),
    };
  }
}
