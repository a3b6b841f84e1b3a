import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Region } from '../region.entity';

export class RegionDto {
  @ApiProperty({ example: 'north-west' })
  code: string;

  @ApiProperty({ example: 'North West' })
  name: string;

  @ApiProperty({ description: 'Lowest hourly wage a job here may be published at, in minor units (pence, cents).', example: 1221 })
  hourlyWageFloorMinor: number;

  @ApiProperty({ example: 'GBP' })
  currency: string;

  static from(region: Region): RegionDto {
    return { code: region.code, name: region.name, hourlyWageFloorMinor: region.hourlyWageFloorMinor, currency: region.currency };
  }
}

export class SaveRegionDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ description: 'Minor units per hour.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  hourlyWageFloorMinor: number;

  @ApiProperty({ example: 'GBP' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as GBP' })
  currency: string;
}

export class RegionCodeParam {
  @ApiProperty()
  @Matches(/^[a-z0-9_-]{2,40}$/, { message: 'code must be 2-40 lowercase letters, digits, - or _' })
  code: string;
}
