import { ApiProperty } from '@nestjs/swagger';
import { GRANT_APPLICATION_STATUSES, GrantApplicationStatus, MILESTONE_STATUSES, MilestoneStatus } from '@onward/shared';
import { GrantApplication } from '../grant-application.entity';
import { GrantApplicationEvent } from '../grant-application-event.entity';
import { GrantDisbursement } from '../grant-disbursement.entity';
import { GrantMilestone } from '../grant-milestone.entity';
import { GrantApplicationRecord } from '../grant-applications.repository';
import { SurvivorRefDto } from '../../survivors/dto/survivor.dto';

export class GrantApplicationProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() funderName: string;
  @ApiProperty() amountMinMinor: number;
  @ApiProperty() amountMaxMinor: number;
}

export class GrantMilestoneDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '1 for the first due; milestones are kept in due-date order.' }) position: number;
  @ApiProperty() title: string;
  @ApiProperty({ example: '2027-03-31' }) dueDate: string;
  @ApiProperty({ description: 'Minor units released against this milestone.' }) trancheMinor: number;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status: MilestoneStatus;
  @ApiProperty({ type: String, nullable: true }) statusNote: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) statusChangedAt: string | null;
  @ApiProperty({ description: 'Paid so far against this milestone, in minor units.' }) disbursedMinor: number;
}

export class GrantDisbursementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty() amountMinor: number;
  @ApiProperty({ example: '2027-01-15' }) paidOn: string;
  @ApiProperty({ type: String, nullable: true }) reference: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class GrantTotalsDto {
  @ApiProperty({ description: 'The award in minor units; 0 until awarded.' }) awardedMinor: number;
  @ApiProperty({ description: 'Paid out so far, in minor units.' }) disbursedMinor: number;
  @ApiProperty({ description: 'Awarded and not yet paid, in minor units.' }) remainingMinor: number;
}

export class GrantApplicationHistoryDto {
  @ApiProperty({ enum: GRANT_APPLICATION_STATUSES, nullable: true, description: 'Null on the first step (submitted).' }) fromStatus: GrantApplicationStatus | null;
  @ApiProperty({ enum: GRANT_APPLICATION_STATUSES }) toStatus: GrantApplicationStatus;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'survivor or caseworker.' }) actorRole: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The decision note, the withdrawal reason, or how the survivor agreed to an application made on their behalf." })
  note: string | null;

  static from(event: GrantApplicationEvent): GrantApplicationHistoryDto {
    return { fromStatus: event.fromStatus, toStatus: event.toStatus, occurredAt: event.occurredAt.toISOString(), actorRole: event.actorRole, note: event.note };
  }
}

/** A row of a list: enough to pick one. */
export class GrantApplicationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: GRANT_APPLICATION_STATUSES }) status: GrantApplicationStatus;
  @ApiProperty({ format: 'date-time' }) statusChangedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() requestedMinor: number;
  @ApiProperty({ type: Number, nullable: true }) awardedMinor: number | null;
  @ApiProperty({ example: 'GBP' }) currency: string;
  @ApiProperty({ type: SurvivorRefDto }) survivor: SurvivorRefDto;
  @ApiProperty({ type: GrantApplicationProgrammeDto }) programme: GrantApplicationProgrammeDto;

  static from(application: GrantApplication): GrantApplicationSummaryDto {
    return {
      id: application.id,
      status: application.status,
      statusChangedAt: application.statusChangedAt.toISOString(),
      createdAt: application.createdAt.toISOString(),
      requestedMinor: application.requestedMinor,
      awardedMinor: application.awardedMinor,
      currency: application.currency,
      survivor: { id: application.survivorId, pseudonym: application.survivor?.pseudonym ?? '' },
      programme: {
        id: application.programmeId,
        title: application.programme?.title ?? '',
        funderName: application.programme?.funder?.name ?? '',
        amountMinMinor: application.programme?.amountMinMinor ?? 0,
        amountMaxMinor: application.programme?.amountMaxMinor ?? 0,
      },
    };
  }
}

export class GrantApplicationPageDto {
  @ApiProperty({ type: [GrantApplicationSummaryDto] }) items: GrantApplicationSummaryDto[];
  @ApiProperty() total: number;
}

/** The whole application: only ever sent to the survivor and their organisation's caseworkers. */
export class GrantApplicationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: GRANT_APPLICATION_STATUSES }) status: GrantApplicationStatus;
  @ApiProperty({ format: 'date-time' }) statusChangedAt: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() businessPlan: string;
  @ApiProperty() requestedMinor: number;
  @ApiProperty({ example: 'GBP', description: "The programme's currency." }) currency: string;
  @ApiProperty({ type: Number, nullable: true }) awardedMinor: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was declined, or what the award is for.' }) decisionNote: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) decidedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The last day an awarded business traded; null while it trades.' }) tradingEndedOn: string | null;
  @ApiProperty({ type: SurvivorRefDto }) survivor: SurvivorRefDto;
  @ApiProperty({ type: GrantApplicationProgrammeDto }) programme: GrantApplicationProgrammeDto;
  @ApiProperty({ type: [GrantMilestoneDto] }) milestones: GrantMilestoneDto[];
  @ApiProperty({ type: [GrantDisbursementDto] }) disbursements: GrantDisbursementDto[];
  @ApiProperty({ type: GrantTotalsDto }) totals: GrantTotalsDto;
  @ApiProperty({ type: [GrantApplicationHistoryDto], description: 'Every status step, oldest first.' }) history: GrantApplicationHistoryDto[];

  static from(record: GrantApplicationRecord): GrantApplicationDto {
    const { application, milestones, disbursements, events } = record;
    const paid = (milestone: GrantMilestone) => sum(disbursements.filter((disbursement) => disbursement.milestoneId === milestone.id));
    const disbursedMinor = sum(disbursements);
    const awardedMinor = application.awardedMinor ?? 0;
    const { survivor, programme } = GrantApplicationSummaryDto.from(application);
    return {
      id: application.id,
      status: application.status,
      statusChangedAt: application.statusChangedAt.toISOString(),
      createdAt: application.createdAt.toISOString(),
      businessPlan: application.businessPlan,
      requestedMinor: application.requestedMinor,
      currency: application.currency,
      awardedMinor: application.awardedMinor,
      survivor,
      programme,
      decisionNote: application.decisionNote,
      decidedAt: application.decidedAt?.toISOString() ?? null,
      tradingEndedOn: application.tradingEndedOn,
      milestones: milestones.map((milestone) => ({
        id: milestone.id,
        position: milestone.position,
        title: milestone.title,
        dueDate: milestone.dueDate,
        trancheMinor: milestone.trancheMinor,
        status: milestone.status,
        statusNote: milestone.statusNote,
        statusChangedAt: milestone.statusChangedAt?.toISOString() ?? null,
        disbursedMinor: paid(milestone),
      })),
      disbursements: disbursements.map((disbursement) => ({
        id: disbursement.id,
        milestoneId: disbursement.milestoneId,
        amountMinor: disbursement.amountMinor,
        paidOn: disbursement.paidOn,
        reference: disbursement.reference,
        createdAt: disbursement.createdAt.toISOString(),
      })),
      totals: { awardedMinor, disbursedMinor, remainingMinor: awardedMinor - disbursedMinor },
      history: events.map(GrantApplicationHistoryDto.from),
    };
  }
}

const sum = (disbursements: GrantDisbursement[]) => disbursements.reduce((total, disbursement) => total + disbursement.amountMinor, 0);
