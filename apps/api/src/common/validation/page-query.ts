import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 100;
/** Deeper offsets are refused: lists that long are filtered, not paged through. */
export const PAGE_OFFSET_MAX = 100_000;

/** `limit` and `offset` of a list; list queries extend it. */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_LIMIT_MAX, description: `Left out: ${PAGE_LIMIT_DEFAULT}.` })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_LIMIT_MAX)
  limit?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: PAGE_OFFSET_MAX, description: 'Left out: 0.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(PAGE_OFFSET_MAX)
  offset?: number;
}
