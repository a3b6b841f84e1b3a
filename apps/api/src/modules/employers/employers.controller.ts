import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { VETTING_CHECKLIST } from '@onward/shared';
import type { FastifyReply } from 'fastify';
import { Clock } from '../../common/clock/clock';
import { ClientAddress, CurrentActor, IdentifyIfSignedIn, OptionalActor, Public, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { SessionDto } from '../auth/dto/me.dto';
import { SessionCookie } from '../auth/session-cookie';
import { ConcernsService } from './concerns.service';
import {
  ChecklistAnswerViewDto,
  ConcernDto,
  ConcernReceiptDto,
  EmployerDetailDto,
  EmployerIdParam,
  EmployerListQuery,
  EmployerStandingDto,
  EmployerSummaryDto,
  RegisterEmployerDto,
  ReportConcernDto,
  SuspendEmployerDto,
  VettingDecisionDto,
  VettingEventDto,
  isExpired,
} from './dto/employer.dto';
import { EmployersService } from './employers.service';

@ApiTags('employers')
@Controller('employers')
export class EmployersController {
  constructor(
    private readonly employers: EmployersService,
    private readonly concerns: ConcernsService,
    private readonly cookie: SessionCookie,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Post('register')
  @ApiCreatedResponse({ type: SessionDto, description: 'The organisation is pending vetting; the first member is signed in.' })
  async register(@Body() body: RegisterEmployerDto, @ClientAddress() address: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionDto> {
    const signedIn = await this.employers.register(body, address);
    this.cookie.set(reply, signedIn.token, signedIn.expiresAt);
    return { user: signedIn.me };
  }

  @Get('me')
  @Roles('employer')
  @ApiOkResponse({ type: EmployerStandingDto })
  async standing(@CurrentActor() actor: Actor): Promise<EmployerStandingDto> {
    const { profile, latestReview, publishingBlock } = await this.employers.standing(actor);
    const answers = new Map(latestReview?.checklist?.map((answer) => [answer.item, answer.confirmed]));
    return {
      id: profile.organisationId,
      name: profile.organisation!.name,
      status: profile.vettingStatus,
      expired: isExpired(profile, this.clock.now()),
      vettedUntil: profile.vettedUntil?.toISOString() ?? null,
      reason: profile.statusReason,
      canPublish: publishingBlock === null,
      publishingBlockedBecause: publishingBlock,
      checklist: VETTING_CHECKLIST.map((item) => ({ item, confirmed: answers.get(item) ?? null })),
    };
  }

  @Get()
  @Roles('caseworker', 'admin')
  @ApiOkResponse({ type: EmployerSummaryDto, isArray: true })
  async list(@Query() query: EmployerListQuery): Promise<EmployerSummaryDto[]> {
    const now = this.clock.now();
    return (await this.employers.list(query.status ?? [])).map((profile) => EmployerSummaryDto.from(profile, now));
  }

  @Get(':id')
  @Roles('caseworker', 'admin')
  @ApiOkResponse({ type: EmployerDetailDto })
  async detail(@CurrentActor() actor: Actor, @Param() params: EmployerIdParam): Promise<EmployerDetailDto> {
    const { profile, history, latestReview, concerns } = await this.employers.detail(params.id);
    return {
      ...EmployerSummaryDto.from(profile, this.clock.now()),
      registrationNumber: profile.registrationNumber,
      contactName: profile.contactName,
      contactEmail: profile.contactEmail,
      contactPhone: profile.contactPhone,
      reason: profile.statusReason,
      checklist: latestReview?.checklist?.map(ChecklistAnswerViewDto.from) ?? null,
      history: history.map(VettingEventDto.from),
      concerns: concerns.map((concern) => ConcernDto.from(concern, actor)),
    };
  }

  @Post(':id/review')
  @HttpCode(200)
  @Roles('caseworker', 'admin')
  @ApiOkResponse({ type: EmployerSummaryDto })
  @ApiBody({ type: EmptyBodyDto, required: false })
  async startReview(@CurrentActor() actor: Actor, @Param() params: EmployerIdParam, @Body() _body: EmptyBodyDto): Promise<EmployerSummaryDto> {
    return EmployerSummaryDto.from(await this.employers.startReview(actor, params.id), this.clock.now());
  }

  @Post(':id/decision')
  @HttpCode(200)
  @Roles('caseworker', 'admin')
  @ApiOkResponse({ type: EmployerSummaryDto })
  async decide(@CurrentActor() actor: Actor, @Param() params: EmployerIdParam, @Body() body: VettingDecisionDto): Promise<EmployerSummaryDto> {
    return EmployerSummaryDto.from(await this.employers.decide(actor, params.id, body), this.clock.now());
  }

  @Post(':id/suspension')
  @HttpCode(200)
  @Roles('caseworker', 'admin')
  @ApiOkResponse({ type: EmployerSummaryDto })
  async suspend(@CurrentActor() actor: Actor, @Param() params: EmployerIdParam, @Body() body: SuspendEmployerDto): Promise<EmployerSummaryDto> {
    return EmployerSummaryDto.from(await this.employers.suspend(actor, params.id, body.reason), this.clock.now());
  }

  /** Anyone may report, signed in or not; the employer never learns who did. */
  @Public()
  @IdentifyIfSignedIn()
  @Post(':id/concerns')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ConcernReceiptDto })
  async reportConcern(
    @OptionalActor() actor: Actor | null,
    @Param() params: EmployerIdParam,
    @Body() body: ReportConcernDto,
    @ClientAddress() address: string,
  ): Promise<ConcernReceiptDto> {
    await this.concerns.report(actor, params.id, body, address);
    return { message: 'Thank you. A caseworker will look at this soon. The employer will not be told who reported it.' };
  }
}
