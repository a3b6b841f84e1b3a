import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiForbiddenResponse, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentActor } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { ApplicationsService, ApplicationView } from './applications.service';
import {
  ApplicationDto,
  ApplicationIdParam,
  ApplicationListQuery,
  ApplicationNoteDto,
  ApplicationPageDto,
  CreateApplicationDto,
  HireDto,
  ShareApplicationDto,
} from './dto/application.dto';
import { EmployerApplicationDto, EmployerApplicationPageDto } from './dto/employer-application.dto';

const eitherView = (description: string) => ({
  schema: { oneOf: [{ $ref: getSchemaPath(ApplicationDto) }, { $ref: getSchemaPath(EmployerApplicationDto) }] },
  description: `${description} EmployerApplicationDto for the employer, ApplicationDto for the survivor and caseworkers.`,
});

/**
 * Applications to jobs. No route names roles: the service answers "not found" to anyone who may
 * not see the application (an employer without consent, admins, other organisations), and
 * "forbidden" to someone who sees it but whose step this is not.
 */
@ApiTags('applications')
@ApiExtraModels(ApplicationDto, EmployerApplicationDto, ApplicationPageDto, EmployerApplicationPageDto)
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @ApiCreatedResponse({ type: ApplicationDto, description: 'A survivor applies (no survivorId); a caseworker applies for a survivor (survivorId and survivorAgreement required).' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateApplicationDto): Promise<ApplicationDto> {
    return this.applications.apply(actor, { jobId: body.jobId, message: body.message ?? null, survivorId: body.survivorId ?? null, survivorAgreement: body.survivorAgreement ?? null });
  }

  @Get()
  @ApiOkResponse({
    schema: { oneOf: [{ $ref: getSchemaPath(ApplicationPageDto) }, { $ref: getSchemaPath(EmployerApplicationPageDto) }] },
    description: "Survivor: their own. Caseworker: their organisation's survivors'. Employer: those shared with it under an active consent, as EmployerApplicationPageDto.",
  })
  list(@CurrentActor() actor: Actor, @Query() query: ApplicationListQuery): Promise<ApplicationPageDto | EmployerApplicationPageDto> {
    return this.applications.list(actor, { statuses: query.status, jobId: query.jobId, survivorId: query.survivorId, limit: query.limit ?? 50, offset: query.offset ?? 0 });
  }

  @Get(':id')
  @ApiOkResponse(eitherView('The application.'))
  get(@CurrentActor() actor: Actor, @Param() params: ApplicationIdParam): Promise<ApplicationView> {
    return this.applications.get(actor, params.id);
  }

  @Post(':id/share')
  @HttpCode(200)
  @ApiOkResponse(eitherView('Shared with the employer.'))
  @ApiForbiddenResponse({ description: 'consent_required: no active consent covers the application; nothing changed.' })
  share(@CurrentActor() actor: Actor, @Param() params: ApplicationIdParam, @Body() body: ShareApplicationDto): Promise<ApplicationView> {
    const consent = body.consent ? { fields: body.consent.fields, days: body.consent.days ?? null } : null;
    return this.applications.share(actor, params.id, consent);
  }

  @Post(':id/interview')
  @HttpCode(200)
  @ApiOkResponse(eitherView('The employer invites the survivor to interview.'))
  interview(@CurrentActor() actor: Actor, @Param() params: ApplicationIdParam, @Body() body: ApplicationNoteDto): Promise<ApplicationView> {
    return this.applications.interview(actor, params.id, body.note ?? null);
  }

  @Post(':id/offer')
  @HttpCode(200)
  @ApiOkResponse(eitherView('The employer makes an offer.'))
  offer(@CurrentActor() actor: Actor, @Param() params: ApplicationIdParam, @Body() body: ApplicationNoteDto): Promise<ApplicationView> {
    return this.applications.offer(actor, params.id, body.note ?? null);
  }

  @Post(':id/hire')
  @HttpCode(200)
  @ApiOkResponse(eitherView('The employer records the hire; the placement is made with it.'))
  hire(@CurrentActor() actor: Actor, @Param() params: ApplicationIdParam, @Body() body: HireDto): Promise<ApplicationView> {
    return this.applications.hire(actor, params.id, { startDate: body.startDate, wage: body.wage, hoursPerWeek: body.hoursPerWeek });
  }

  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse(eitherView('Declined by the employer or a caseworker.'))
  decline(@CurrentActor() actor: Actor, @Param() params: ApplicationIdParam, @Body() body: ApplicationNoteDto): Promise<ApplicationView> {
    return this.applications.decline(actor, params.id, body.note ?? null);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse(eitherView('Withdrawn by the survivor or their caseworker.'))
  withdraw(@CurrentActor() actor: Actor, @Param() params: ApplicationIdParam, @Body() body: ApplicationNoteDto): Promise<ApplicationView> {
    return this.applications.withdraw(actor, params.id, body.note ?? null);
  }
}
