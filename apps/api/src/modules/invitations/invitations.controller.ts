import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiGoneResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ClientAddress, CurrentActor, Public, Roles } from '../../common/security/decorators';
import { Actor } from '../../common/security/request-context';
import { SessionDto } from '../auth/dto/me.dto';
import { SessionCookie } from '../auth/session-cookie';
import { AcceptInvitationDto, CreateInvitationDto, InvitationDto, InvitationPreviewDto, InvitationTokenDto } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly cookie: SessionCookie,
  ) {}

  @Post()
  @Roles('admin', 'caseworker')
  @ApiCreatedResponse({ type: InvitationDto })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateInvitationDto): Promise<InvitationDto> {
    const invitation = await this.invitations.invite(actor, body);
    return { id: invitation.id, email: invitation.email, role: invitation.role, organisationId: invitation.organisationId, expiresAt: invitation.expiresAt.toISOString() };
  }

  /** POST, not GET: the token stays out of URLs and access logs. */
  @Public()
  @Post('lookup')
  @HttpCode(200)
  @ApiOkResponse({ type: InvitationPreviewDto })
  @ApiGoneResponse({ description: 'invitation_invalid: expired, used or replaced' })
  async lookup(@Body() body: InvitationTokenDto, @ClientAddress() address: string): Promise<InvitationPreviewDto> {
    const invitation = await this.invitations.preview(body.token, address);
    return { email: invitation.email, role: invitation.role, organisationName: invitation.organisation!.name, expiresAt: invitation.expiresAt.toISOString() };
  }

  @Public()
  @Post('accept')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  async accept(@Body() body: AcceptInvitationDto, @ClientAddress() address: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionDto> {
    const signedIn = await this.invitations.accept(body, address);
    this.cookie.set(reply, signedIn.token, signedIn.expiresAt);
    return { user: signedIn.me };
  }
}
