import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../../common/validation/page-query';
import { trim } from '../../../common/validation/transforms';
import { JobName } from '../../queue/jobs';
import { JOB_NAMES } from '../job-names';

export class DeadLetterListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: JOB_NAMES, description: 'Only the dead letters of this queue.' })
  @IsOptional()
  @Transform(trim)
  @IsIn(JOB_NAMES)
  queue?: JobName;
}

export class DeadLetterIdParam {
  @ApiProperty({ format: 'uuid', description: "The dead letter's own id (not the id of the job that died)." })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

/**
 * A job that failed every attempt. Never its payload: payloads hold ids (and a job's error could
 * once have held an address), so the page shows where it came from, when and why, and no more.
 */
export class DeadLetterDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: JOB_NAMES, description: 'The queue the job ran in, and goes back to on a retry.' }) queue: JobName;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When the job was first queued; null once pg-boss has archived the failed job.' }) createdAt: string | null;
  @ApiProperty({ format: 'date-time', description: 'When its last attempt failed.' }) diedAt: string;
  @ApiProperty({ description: 'Attempts made, the first included.' }) attempts: number;
  @ApiProperty({ nullable: true, type: String, description: 'The first line of the last error, at most 200 characters, with email addresses, tokens and ids redacted.' }) error: string | null;
}

export class DeadLetterPageDto {
  @ApiProperty({ type: [DeadLetterDto] }) items: DeadLetterDto[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export class DeadLetterRetryDto {
  @ApiProperty({ format: 'uuid', description: 'The dead letter, now gone: a second retry of it is a 404.' }) id: string;
  @ApiProperty({ enum: JOB_NAMES, description: 'Where the job was sent again, with its original payload.' }) queue: JobName;
  @ApiProperty({ format: 'date-time' }) retriedAt: string;
}
