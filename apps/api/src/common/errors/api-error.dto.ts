import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApiErrorBody, ERROR_CODES, ErrorCode } from '@onward/shared';

/** The body of every error response. */
export class ApiErrorDto implements ApiErrorBody {
  @ApiProperty()
  statusCode: number;

  @ApiProperty({ enum: ERROR_CODES })
  code: ErrorCode;

  @ApiProperty()
  message: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'Messages per field, for validation_failed' })
  fields?: Record<string, string[]>;

  @ApiPropertyOptional({ description: 'On a 500 only: the id to quote to support' })
  errorId?: string;
}
