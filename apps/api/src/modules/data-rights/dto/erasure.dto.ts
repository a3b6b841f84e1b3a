import { ApiProperty } from '@nestjs/swagger';
import { PSEUDONYM_MAX_LENGTH } from '@onward/shared';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trim } from '../../../common/validation/transforms';

export const ERASURE_REASON_MAX_LENGTH = 500;

/** A caseworker erases a record: the pseudonym typed again, and why. */
export class EraseSurvivorDto {
  @ApiProperty({ maxLength: PSEUDONYM_MAX_LENGTH, description: 'The pseudonym as shown on the record, typed again to confirm (case and surrounding spaces do not matter).' })
  @Transform(trim)
  @IsString()
  @Length(1, PSEUDONYM_MAX_LENGTH)
  confirmPseudonym: string;

  @ApiProperty({
    maxLength: ERASURE_REASON_MAX_LENGTH,
    description: 'Why the record is erased, e.g. "asked by phone on 3 May". It stays after the erasure: it must not name or describe the person.',
  })
  @Transform(trim)
  @IsString()
  @Length(1, ERASURE_REASON_MAX_LENGTH)
  reason: string;
}

export class ErasureDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() erasedAt: Date;
}

export class ErasureRequestDto {
  @ApiProperty({ description: 'When the request was first made; asking again changes nothing.' }) requestedAt: Date;
}
