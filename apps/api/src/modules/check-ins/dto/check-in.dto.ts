import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHECK_IN_NOTE_MAX_LENGTH, CHECK_IN_STATUSES, CheckInStatus } from '@onward/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { emptyToNull } from '../../../common/validation/transforms';
import { CheckIn } from '../check-in.entity';

const question = (description: string) => ApiProperty({ type: Boolean, description });

/** A check-in's answers: every question answered yes or no, and anything else in words. */
export class CheckInAnswersDto {
  @question('Still working there.') @IsBoolean() stillWorking: boolean;
  @question('Paid what was promised, on time.') @IsBoolean() paidAsPromised: boolean;
  @question('Hours as promised.') @IsBoolean() hoursAsPromised: boolean;
  @question('Feeling safe at work.') @IsBoolean() feelSafe: boolean;
  @question('Housing is stable.') @IsBoolean() housingStable: boolean;
  @question('Someone from the past has made contact.') @IsBoolean() pastContact: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CHECK_IN_NOTE_MAX_LENGTH, description: 'Anything else. Seen by the survivor and their caseworkers only.' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(CHECK_IN_NOTE_MAX_LENGTH)
  note?: string | null;
}

export class CheckInIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', { message: 'id must be a UUID' })
  id: string;
}

export class CheckInAnswersViewDto {
  @ApiProperty() stillWorking: boolean;
  @ApiProperty() paidAsPromised: boolean;
  @ApiProperty() hoursAsPromised: boolean;
  @ApiProperty() feelSafe: boolean;
  @ApiProperty() housingStable: boolean;
  @ApiProperty() pastContact: boolean;
}

export class CheckInDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ description: 'Days after the start of the job.' }) dayOffset: number;
  @ApiProperty({ example: '2027-04-07' }) dueOn: string;
  @ApiProperty({ enum: CHECK_IN_STATUSES }) status: CheckInStatus;
  @ApiProperty() jobTitle: string;
  @ApiProperty() employerName: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) answeredAt: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['survivor', 'caseworker'] }) answeredByRole: string | null;
  @ApiProperty({ type: CheckInAnswersViewDto, nullable: true }) answers: CheckInAnswersViewDto | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;

  static from(checkIn: CheckIn): CheckInDto {
    return {
      id: checkIn.id,
      placementId: checkIn.placementId,
      dayOffset: checkIn.dayOffset,
      dueOn: checkIn.dueOn,
      status: checkIn.status,
      jobTitle: checkIn.placement?.job?.title ?? '',
      employerName: checkIn.placement?.employer?.name ?? '',
      answeredAt: checkIn.answeredAt?.toISOString() ?? null,
      answeredByRole: checkIn.answeredByRole,
      answers: checkIn.answers ? { ...checkIn.answers } : null,
      note: checkIn.note,
    };
  }
}

export class CheckInListDto {
  @ApiProperty({ type: [CheckInDto] }) items: CheckInDto[];
}
