import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { JobDto, JobIdParam, JobListQuery, SaveJobDto } from './dto/job.dto';
import { JobInput, JobsService } from './jobs.service';

const input = (body: SaveJobDto): JobInput => ({
  ...body,
  shifts: body.shifts ?? [],
  trainingOffered: body.trainingOffered ?? null,
  accommodations: body.accommodations ?? null,
  startDate: body.startDate ?? null,
  closingDate: body.closingDate ?? null,
});

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Post()
  @Roles('employer')
  @ApiCreatedResponse({ type: JobDto, description: 'Saved as a draft.' })
  async create(@CurrentActor() actor: Actor, @Body() body: SaveJobDto): Promise<JobDto> {
    return JobDto.from(await this.jobs.create(actor, input(body)));
  }

  @Get()
  @Roles('employer', 'caseworker', 'admin')
  @ApiOkResponse({ type: JobDto, isArray: true, description: "An employer gets its own jobs; staff any employer's." })
  async list(@CurrentActor() actor: Actor, @Query() query: JobListQuery): Promise<JobDto[]> {
    return (await this.jobs.list(actor, { employerId: query.employerId, statuses: query.status })).map(JobDto.from);
  }

  @Get(':id')
  @Roles('employer', 'caseworker', 'admin')
  @ApiOkResponse({ type: JobDto })
  async get(@CurrentActor() actor: Actor, @Param() params: JobIdParam): Promise<JobDto> {
    return JobDto.from(await this.jobs.get(actor, params.id));
  }

  @Put(':id')
  @Roles('employer')
  @ApiOkResponse({ type: JobDto })
  async update(@CurrentActor() actor: Actor, @Param() params: JobIdParam, @Body() body: SaveJobDto): Promise<JobDto> {
    return JobDto.from(await this.jobs.update(actor, params.id, input(body)));
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('employer')
  @ApiOkResponse({ type: JobDto })
  @ApiBody({ type: EmptyBodyDto, required: false })
  async publish(@CurrentActor() actor: Actor, @Param() params: JobIdParam, @Body() _body: EmptyBodyDto): Promise<JobDto> {
    return JobDto.from(await this.jobs.publish(actor, params.id));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('employer')
  @ApiOkResponse({ type: JobDto })
  @ApiBody({ type: EmptyBodyDto, required: false })
  async close(@CurrentActor() actor: Actor, @Param() params: JobIdParam, @Body() _body: EmptyBodyDto): Promise<JobDto> {
    return JobDto.from(await this.jobs.close(actor, params.id));
  }
}
