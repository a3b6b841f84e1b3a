import { ApiProperty } from '@nestjs/swagger';

export class ComponentHealthDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status: 'up' | 'down';

  @ApiProperty({ description: '"embedded" for the zero-setup default, otherwise the kind of server configured', example: 'embedded' })
  engine: string;
}

export class HealthComponentsDto {
  @ApiProperty({ type: ComponentHealthDto }) database: ComponentHealthDto;
  @ApiProperty({ type: ComponentHealthDto }) queue: ComponentHealthDto;
  @ApiProperty({ type: ComponentHealthDto }) search: ComponentHealthDto;
  @ApiProperty({ type: ComponentHealthDto }) mail: ComponentHealthDto;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] })
  status: 'ok' | 'degraded' | 'down';

  @ApiProperty({ type: HealthComponentsDto })
  components: HealthComponentsDto;
}
