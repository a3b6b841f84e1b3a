import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientAddress, CurrentActor, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { DeadLettersService } from './dead-letters.service';
import { DirectoryService } from './directory.service';
import { DeadLetterIdParam, DeadLetterListQuery, DeadLetterPageDto, DeadLetterRetryDto } from './dto/dead-letter.dto';
import { OrganisationOverviewPageDto, OrganisationOverviewQuery, UserOverviewPageDto, UserOverviewQuery } from './dto/directory.dto';
import { SystemStatusDto } from './dto/system-status.dto';
import { SystemStatusService } from './system-status.service';

/**
 * The admin page: how the system is, the jobs that died, organisations and accounts. Admins
 * only. Account actions (disable, enable, end sessions, supervisor) are the existing routes
 * under /users/{id}.
 */
@ApiTags('operations')
@Controller('operations')
@Roles('admin')
export class OperationsController {
  constructor(
    private readonly systemStatus: SystemStatusService,
    private readonly deadLetters: DeadLettersService,
    private readonly directory: DirectoryService,
  ) {}

  @Get('status')
  @ApiOkResponse({ type: SystemStatusDto, description: 'Each component probed with a short timeout: one that does not answer in time is shown as down. Counts only.' })
  status(): Promise<SystemStatusDto> {
    return this.systemStatus.status();
  }

  @Get('dead-letters')
  @ApiOkResponse({ type: DeadLetterPageDto, description: 'Jobs that failed every attempt, newest first; never their payloads.' })
  listDeadLetters(@Query() query: DeadLetterListQuery): Promise<DeadLetterPageDto> {
    return this.deadLetters.list(query);
  }

  @Post('dead-letters/:id/retry')
  @HttpCode(200)
  @ApiBody({ type: EmptyBodyDto, required: false })
  @ApiOkResponse({ type: DeadLetterRetryDto, description: 'Sends the job again, once, to the queue it died in, and removes the dead letter. 404 when there is no such dead letter (already retried, or archived).' })
  retryDeadLetter(@CurrentActor() actor: Actor, @Param() params: DeadLetterIdParam, @Body() _body: EmptyBodyDto, @ClientAddress() address: string): Promise<DeadLetterRetryDto> {
    return this.deadLetters.retry(actor, params.id, address);
  }

  @Get('organisations')
  @ApiOkResponse({ type: OrganisationOverviewPageDto, description: 'Every organisation by name, with its vetting (employers) and its accounts counted by role.' })
  organisations(@Query() query: OrganisationOverviewQuery): Promise<OrganisationOverviewPageDto> {
    return this.directory.organisations(query);
  }

  @Get('users')
  @ApiOkResponse({ type: UserOverviewPageDto, description: "Accounts, newest first. Survivors' accounts come without email or name. Each list is recorded in the audit trail." })
  users(@CurrentActor() actor: Actor, @Query() query: UserOverviewQuery, @ClientAddress() address: string): Promise<UserOverviewPageDto> {
    return this.directory.users(actor, query, address);
  }
}
