import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { Skill, SkillGroup } from '../skill.entity';

export class SkillLabelsDto {
  @ApiProperty({ example: 'Carpentry' })
  @IsString()
  @Length(1, 60)
  en: string;

  @ApiProperty({ example: 'Carpintería' })
  @IsString()
  @Length(1, 60)
  es: string;

  @ApiProperty({ example: 'النجارة' })
  @IsString()
  @Length(1, 60)
  ar: string;
}

export class SkillGroupDto {
  @ApiProperty({ example: 'construction' })
  code: string;

  @ApiProperty({ type: SkillLabelsDto })
  labels: SkillLabelsDto;

  static from(group: SkillGroup): SkillGroupDto {
    return { code: group.code, labels: group.labels };
  }
}

export class SkillDto {
  @ApiProperty({ example: 'construction.carpentry' })
  code: string;

  @ApiProperty({ example: 'construction' })
  group: string;

  @ApiProperty({ type: SkillLabelsDto })
  labels: SkillLabelsDto;

  @ApiProperty({ description: 'Retired skills stay readable on old records but cannot be chosen for new ones.' })
  retired: boolean;

  static from(skill: Skill): SkillDto {
    return { code: skill.code, group: skill.groupCode, labels: skill.labels, retired: skill.retiredAt !== null };
  }
}

export class SkillTaxonomyDto {
  @ApiProperty({ description: 'Goes up by one with every change.' })
  version: number;

  @ApiProperty({ type: SkillGroupDto, isArray: true })
  groups: SkillGroupDto[];

  @ApiProperty({ type: SkillDto, isArray: true })
  skills: SkillDto[];
}

const SKILL_CODE = /^[a-z0-9_]+\.[a-z0-9_]+$/;

export class CreateSkillDto {
  @ApiProperty({ example: 'construction.dry_stone_walling', description: '<group>.<name>, lowercase; stable forever.' })
  @Matches(SKILL_CODE, { message: 'code must look like group.name in lowercase letters, digits and _' })
  @Length(3, 60)
  code: string;

  @ApiProperty({ type: SkillLabelsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SkillLabelsDto)
  labels: SkillLabelsDto;
}

export class UpdateSkillDto {
  @ApiPropertyOptional({ type: SkillLabelsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SkillLabelsDto)
  labels?: SkillLabelsDto;

  @ApiPropertyOptional({ description: 'true retires the skill; false brings it back.' })
  @IsOptional()
  @IsBoolean()
  retired?: boolean;
}

export class SkillCodeParam {
  @ApiProperty()
  @Matches(SKILL_CODE, { message: 'code must look like group.name' })
  @Length(3, 60)
  code: string;
}
