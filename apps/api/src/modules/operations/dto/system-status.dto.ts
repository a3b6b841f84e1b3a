import { ApiProperty } from '@nestjs/swagger';
import { RISK_LEVELS, RiskLevel } from '@onward/shared';

export const COMPONENT_STATES = ['up', 'down'] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

export const JOB_RUN_STATES = ['created', 'retry', 'active', 'completed', 'cancelled', 'failed'] as const;
export type JobRunState = (typeof JOB_RUN_STATES)[number];

export class DatabaseStatusDto {
  @ApiProperty({ enum: COMPONENT_STATES }) status: ComponentState;
  @ApiProperty({ enum: ['embedded', 'postgresql'] }) engine: 'embedded' | 'postgresql';
  @ApiProperty({ nullable: true, type: String, description: "PostgreSQL's server_version; null when the database did not answer.", example: '16.4' }) version: string | null;
}

export class SearchStatusDto {
  @ApiProperty({ enum: COMPONENT_STATES }) status: ComponentState;
  @ApiProperty({ enum: ['embedded', 'meilisearch'] }) engine: 'embedded' | 'meilisearch';
  @ApiProperty({ nullable: true, type: Number, description: 'Documents in the embedded index; null for Meilisearch (not counted) or when it could not be read.' }) documents: number | null;
}

export class MailStatusDto {
  @ApiProperty({ enum: COMPONENT_STATES, description: 'SMTP: the server answered a connection check; files: the mail folder is writable.' }) status: ComponentState;
  @ApiProperty({ enum: ['embedded', 'smtp'], description: 'embedded: .eml files under the data folder.' }) engine: 'embedded' | 'smtp';
}

export class QueueCountsDto {
  @ApiProperty({ description: 'The queue (a job name), e.g. email.send.' }) name: string;
  @ApiProperty({ description: 'Jobs waiting to run, or waiting for a retry.' }) waiting: number;
  @ApiProperty({ description: 'Jobs running now.' }) active: number;
  @ApiProperty({ description: 'Jobs that failed for good and are not archived yet (pg-boss archives them after 12 hours).' }) failed: number;
  @ApiProperty({ description: 'Jobs in the dead-letter queue `<name>.dead`, which only an admin retry sends again.' }) deadLetters: number;
}

export class ScheduledJobDto {
  @ApiProperty({ description: 'The queue pg-boss sends the scheduled job to.' }) name: string;
  @ApiProperty({ description: 'Cron expression, UTC.', example: '*/10 * * * *' }) cron: string;
  @ApiProperty({ enum: JOB_RUN_STATES, nullable: true, description: 'State of the latest run; null when none is on record (pg-boss keeps a week).' }) lastState: JobRunState | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastStartedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastFinishedAt: string | null;
}

export class QueueStatusDto {
  @ApiProperty({ enum: COMPONENT_STATES }) status: ComponentState;
  @ApiProperty({ example: 'pg-boss' }) engine: string;
  @ApiProperty({ type: [QueueCountsDto], description: 'Every queue Onward runs; empty when the queue could not be read.' }) queues: QueueCountsDto[];
  @ApiProperty({ type: [ScheduledJobDto], description: 'Every scheduled job; empty when the queue could not be read.' }) schedules: ScheduledJobDto[];
}

export class FollowUpLevelDto {
  @ApiProperty({ enum: RISK_LEVELS }) level: RiskLevel;
  @ApiProperty({ description: 'Not yet resolved.' }) open: number;
  @ApiProperty({ description: 'Not resolved and past their due time.' }) overdue: number;
}

export class FollowUpsStatusDto {
  @ApiProperty({ enum: COMPONENT_STATES }) status: ComponentState;
  @ApiProperty({ type: [FollowUpLevelDto], description: 'Counts only, every level; empty when they could not be read.' }) levels: FollowUpLevelDto[];
}

/** What an admin sees on the system status page: components and counts, never a record. */
export class SystemStatusDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'], description: 'down: the database is down; degraded: another component is.' }) status: 'ok' | 'degraded' | 'down';
  @ApiProperty({ format: 'date-time' }) checkedAt: string;
  @ApiProperty({ type: DatabaseStatusDto }) database: DatabaseStatusDto;
  @ApiProperty({ type: SearchStatusDto }) search: SearchStatusDto;
  @ApiProperty({ type: MailStatusDto }) mail: MailStatusDto;
  @ApiProperty({ type: QueueStatusDto }) queue: QueueStatusDto;
  @ApiProperty({ type: FollowUpsStatusDto }) followUps: FollowUpsStatusDto;
}
