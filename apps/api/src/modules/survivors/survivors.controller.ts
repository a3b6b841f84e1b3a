import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { Clock } from '../../common/clock/clock';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { ConsentsService } from './consents.service';
import { AccessLogEntryDto, ConsentDto, ConsentIdParam, GrantConsentDto, MyConsentIdParam } from './dto/consent.dto';
import { CreateSurvivorDto, InviteSurvivorDto, SurvivorDto, SurvivorIdParam, SurvivorListQuery, SurvivorPageDto, SurvivorSummaryDto, UpdateSurvivorDto } from './dto/survivor.dto';
import { SurvivorsService } from './survivors.service';

const consentInput = (body: GrantConsentDto) => ({ employerId: body.employerId, applicationId: body.applicationId ?? null, fields: body.fields, days: body.days ?? null });

/**
 * Survivor profiles and consents. No route here names roles: the services answer "not found"
 * to anyone who may not see the record (employers included), so a refusal reveals nothing.
 */
@ApiTags('survivors')
@Controller('survivors')
export class SurvivorsController {
  constructor(
    private readonly survivors: SurvivorsService,
    private readonly consents: ConsentsService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: SurvivorDto, description: 'A caseworker creates the profile and becomes its caseworker; `inviteEmail` also sends the survivor an invitation.' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateSurvivorDto): Promise<SurvivorDto> {
    return this.survivors.create(actor, body);
  }

  @Get()
  @ApiOkResponse({ type: SurvivorPageDto, description: "The caseworker's own organisation's survivors." })
  async list(@CurrentActor() actor: Actor, @Query() query: SurvivorListQuery): Promise<SurvivorPageDto> {
    const [items, total] = await this.survivors.list(actor, { mine: query.mine === 'true', q: query.q || undefined, limit: query.limit ?? 50, offset: query.offset ?? 0 });
    return { items: items.map(SurvivorSummaryDto.from), total };
  }

  @Get('me')
  @ApiOkResponse({ type: SurvivorDto, description: "The signed-in survivor's own profile." })
  getOwn(@CurrentActor() actor: Actor): Promise<SurvivorDto> {
    return this.survivors.getOwn(actor);
  }

  @Patch('me')
  @ApiOkResponse({ type: SurvivorDto })
  updateOwn(@CurrentActor() actor: Actor, @Body() body: UpdateSurvivorDto): Promise<SurvivorDto> {
    return this.survivors.updateOwn(actor, body);
  }

  @Get('me/access-log')
  @ApiOkResponse({ type: AccessLogEntryDto, isArray: true, description: 'Who else has viewed or changed my record, newest first.' })
  accessLog(@CurrentActor() actor: Actor): Promise<AccessLogEntryDto[]> {
    return this.survivors.accessLog(actor);
  }

  @Get('me/consents')
  @ApiOkResponse({ type: ConsentDto, isArray: true })
  async myConsents(@CurrentActor() actor: Actor): Promise<ConsentDto[]> {
    return (await this.consents.list(actor, 'me')).map((consent) => ConsentDto.from(consent, this.clock.now()));
  }

  @Post('me/consents')
  @ApiCreatedResponse({ type: ConsentDto })
  async grantMine(@CurrentActor() actor: Actor, @Body() body: GrantConsentDto): Promise<ConsentDto> {
    return ConsentDto.from(await this.consents.grant(actor, 'me', consentInput(body)), this.clock.now());
  }

  @Post('me/consents/:consentId/revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: ConsentDto, description: 'Takes effect on the employer’s next request.' })
  @ApiBody({ type: EmptyBodyDto, required: false })
  async revokeMine(@CurrentActor() actor: Actor, @Param() params: MyConsentIdParam, @Body() _body: EmptyBodyDto): Promise<ConsentDto> {
    return ConsentDto.from(await this.consents.revoke(actor, 'me', params.consentId), this.clock.now());
  }

  @Get(':id')
  @ApiOkResponse({ type: SurvivorDto, description: 'Opens the sealed fields; the view is logged for the survivor to see.' })
  get(@CurrentActor() actor: Actor, @Param() params: SurvivorIdParam): Promise<SurvivorDto> {
    return this.survivors.get(actor, params.id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: SurvivorDto })
  update(@CurrentActor() actor: Actor, @Param() params: SurvivorIdParam, @Body() body: UpdateSurvivorDto): Promise<SurvivorDto> {
    return this.survivors.update(actor, params.id, body);
  }

  @Post(':id/invitation')
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'An invitation is on its way to the survivor.' })
  async invite(@CurrentActor() actor: Actor, @Param() params: SurvivorIdParam, @Body() body: InviteSurvivorDto): Promise<void> {
    await this.survivors.invite(actor, params.id, body.email);
  }

  @Get(':id/consents')
  @ApiOkResponse({ type: ConsentDto, isArray: true })
  async consentsOf(@CurrentActor() actor: Actor, @Param() params: SurvivorIdParam): Promise<ConsentDto[]> {
    return (await this.consents.list(actor, params.id)).map((consent) => ConsentDto.from(consent, this.clock.now()));
  }

  @Post(':id/consents')
  @ApiCreatedResponse({ type: ConsentDto, description: 'A caseworker records consent the survivor gave them.' })
  async grantFor(@CurrentActor() actor: Actor, @Param() params: SurvivorIdParam, @Body() body: GrantConsentDto): Promise<ConsentDto> {
    return ConsentDto.from(await this.consents.grant(actor, params.id, consentInput(body)), this.clock.now());
  }

  @Post(':id/consents/:consentId/revoke')
  @HttpCode(200)
  @ApiOkResponse({ type: ConsentDto })
  @ApiBody({ type: EmptyBodyDto, required: false })
  async revokeFor(@CurrentActor() actor: Actor, @Param() params: ConsentIdParam, @Body() _body: EmptyBodyDto): Promise<ConsentDto> {
    return ConsentDto.from(await this.consents.revoke(actor, params.id, params.consentId), this.clock.now());
  }
}
