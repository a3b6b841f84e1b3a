import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { GrantApplicationDto, GrantApplicationPageDto, GrantApplicationSummaryDto } from './dto/grant-application.dto';
import {
  AwardGrantApplicationDto,
  CreateGrantApplicationDto,
  DeclineGrantApplicationDto,
  GrantApplicationIdParam,
  GrantApplicationListQuery,
  GrantMilestoneParams,
  MilestoneStatusDto,
  TradingEndedDto,
  RecordDisbursementDto,
  WithdrawGrantApplicationDto,
} from './dto/grant-application-input.dto';
import { GrantApplicationsService } from './grant-applications.service';

/**
 * Grant applications. No route here names roles: the service answers "not found" to anyone who
 * may not see the survivor (employers, funders and admins included), so a refusal reveals nothing.
 */
@ApiTags('grant applications')
@Controller('grant-applications')
export class GrantApplicationsController {
  constructor(private readonly applications: GrantApplicationsService) {}

  @Post()
  @ApiCreatedResponse({ type: GrantApplicationDto, description: 'Submitted. A survivor applies for themself; a caseworker names the survivor and how they agreed.' })
  async submit(@CurrentActor() actor: Actor, @Body() body: CreateGrantApplicationDto): Promise<GrantApplicationDto> {
    const input = { ...body, survivorId: body.survivorId ?? null, survivorAgreement: body.survivorAgreement ?? null };
    return GrantApplicationDto.from(await this.applications.submit(actor, input));
  }

  @Get()
  @ApiOkResponse({ type: GrantApplicationPageDto, description: "A survivor's own applications; a caseworker's organisation's. Newest first." })
  async list(@CurrentActor() actor: Actor, @Query() query: GrantApplicationListQuery): Promise<GrantApplicationPageDto> {
    const [items, total] = await this.applications.list(actor, {
      statuses: query.status,
      programmeId: query.programmeId,
      survivorId: query.survivorId,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    return { items: items.map(GrantApplicationSummaryDto.from), total };
  }

  @Get(':id')
  @ApiOkResponse({ type: GrantApplicationDto })
  async get(@CurrentActor() actor: Actor, @Param() params: GrantApplicationIdParam): Promise<GrantApplicationDto> {
    return GrantApplicationDto.from(await this.applications.get(actor, params.id));
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantApplicationDto, description: 'Caseworker: submitted → in_review.' })
  @ApiBody({ type: EmptyBodyDto, required: false })
  async review(@CurrentActor() actor: Actor, @Param() params: GrantApplicationIdParam, @Body() _body: EmptyBodyDto): Promise<GrantApplicationDto> {
    return GrantApplicationDto.from(await this.applications.review(actor, params.id));
  }

  @Post(':id/award')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantApplicationDto, description: 'Caseworker: in_review → awarded, with the milestones the award pays out against.' })
  async award(@CurrentActor() actor: Actor, @Param() params: GrantApplicationIdParam, @Body() body: AwardGrantApplicationDto): Promise<GrantApplicationDto> {
    return GrantApplicationDto.from(await this.applications.award(actor, params.id, { amountMinor: body.amountMinor, note: body.note ?? null, milestones: body.milestones }));
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantApplicationDto, description: 'Caseworker: submitted or in_review → declined.' })
  async decline(@CurrentActor() actor: Actor, @Param() params: GrantApplicationIdParam, @Body() body: DeclineGrantApplicationDto): Promise<GrantApplicationDto> {
    return GrantApplicationDto.from(await this.applications.decline(actor, params.id, body.note));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantApplicationDto, description: 'Survivor or caseworker: submitted or in_review → withdrawn.' })
  async withdraw(@CurrentActor() actor: Actor, @Param() params: GrantApplicationIdParam, @Body() body: WithdrawGrantApplicationDto): Promise<GrantApplicationDto> {
    return GrantApplicationDto.from(await this.applications.withdraw(actor, params.id, body.note ?? null));
  }

  @Post(':id/trading-ended')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantApplicationDto, description: 'Caseworker: the awarded business stopped trading on this day (it ends its retention).' })
  async tradingEnded(@CurrentActor() actor: Actor, @Param() params: GrantApplicationIdParam, @Body() body: TradingEndedDto): Promise<GrantApplicationDto> {
    return GrantApplicationDto.from(await this.applications.recordTradingEnded(actor, params.id, body.endedOn));
  }

  @Post(':id/milestones/:milestoneId/status')
  @HttpCode(200)
  @ApiOkResponse({ type: GrantApplicationDto, description: 'Caseworker: a pending milestone of an award → met or missed.' })
  async markMilestone(@CurrentActor() actor: Actor, @Param() params: GrantMilestoneParams, @Body() body: MilestoneStatusDto): Promise<GrantApplicationDto> {
    return GrantApplicationDto.from(await this.applications.markMilestone(actor, params.id, params.milestoneId, body.status, body.note ?? null));
  }

  @Post(':id/milestones/:milestoneId/disbursements')
  @ApiCreatedResponse({ type: GrantApplicationDto, description: "Caseworker: a payment against a milestone that is not missed, up to its tranche." })
  async disburse(@CurrentActor() actor: Actor, @Param() params: GrantMilestoneParams, @Body() body: RecordDisbursementDto): Promise<GrantApplicationDto> {
    return GrantApplicationDto.from(await this.applications.disburse(actor, params.id, params.milestoneId, { amountMinor: body.amountMinor, paidOn: body.paidOn, reference: body.reference ?? null }));
  }
}
