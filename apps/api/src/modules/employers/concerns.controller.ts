import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { ConcernsService } from './concerns.service';
import { ConcernDto, ConcernListQuery, EmployerIdParam, ReviewConcernDto } from './dto/employer.dto';

@ApiTags('employers')
@Controller('concerns')
@Roles('caseworker', 'admin')
export class ConcernsController {
  constructor(private readonly concerns: ConcernsService) {}

  @Get()
  @ApiOkResponse({ type: ConcernDto, isArray: true })
  async list(@CurrentActor() actor: Actor, @Query() query: ConcernListQuery): Promise<ConcernDto[]> {
    return (await this.concerns.list(query.status ?? ['open'])).map((concern) => ConcernDto.from(concern, actor));
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOkResponse({ type: ConcernDto })
  async review(@CurrentActor() actor: Actor, @Param() params: EmployerIdParam, @Body() body: ReviewConcernDto): Promise<ConcernDto> {
    return ConcernDto.from(await this.concerns.review(actor, params.id, body), actor);
  }
}
