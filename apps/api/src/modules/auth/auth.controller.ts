import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ClientAddress, CurrentActor, Public } from '../../common/security/decorators';
import { CsrfService } from '../../common/security/csrf';
import { EmptyBodyDto } from '../../common/validation/empty-body';
import { Actor, OnwardRequest, SESSION_COOKIE } from '../../common/security/request-context';
import { AccountsService } from './accounts.service';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/account.dto';
import { PasswordResetConfirmDto, PasswordResetRequestDto, PasswordResetRequestedDto } from './dto/password-reset.dto';
import { PasswordResetService } from './password-reset.service';
import { LoginDto } from './dto/login.dto';
import { CsrfTokenDto, MeDto, SessionDto } from './dto/me.dto';
import { SessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly csrf: CsrfService,
    private readonly cookie: SessionCookie,
    private readonly accounts: AccountsService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Public()
  @Get('csrf')
  @ApiOkResponse({ type: CsrfTokenDto })
  csrfToken(@Req() request: OnwardRequest, @Res({ passthrough: true }) reply: FastifyReply): CsrfTokenDto {
    return { token: this.csrf.issue(request, reply) };
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ description: 'invalid_credentials: the same answer for an unknown email and a wrong password' })
  @ApiTooManyRequestsResponse({ description: 'rate_limited: too many attempts from this client or for this account' })
  async login(@Body() body: LoginDto, @ClientAddress() address: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionDto> {
    const signedIn = await this.auth.login(body.email, body.password, address);
    this.cookie.set(reply, signedIn.token, signedIn.expiresAt);
    return { user: signedIn.me };
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiBody({ type: EmptyBodyDto, required: false })
  async logout(@Req() request: OnwardRequest, @Body() _body: EmptyBodyDto, @ClientAddress() address: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(request.cookies?.[SESSION_COOKIE], address);
    this.cookie.clear(reply);
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Every session of the account ends, signed-in phones included; this browser gets a new one.' })
  @ApiTooManyRequestsResponse({ description: 'rate_limited: too many tries' })
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @ClientAddress() address: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const session = await this.accounts.changePassword(actor, body.currentPassword, body.newPassword, address);
    this.cookie.set(reply, session.token, session.expiresAt);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: PasswordResetRequestedDto, description: 'The same answer whether or not the email has an account; if it has, a one-time link valid an hour is emailed.' })
  @ApiTooManyRequestsResponse({ description: 'rate_limited' })
  async requestPasswordReset(@Body() body: PasswordResetRequestDto, @ClientAddress() address: string): Promise<PasswordResetRequestedDto> {
    await this.passwordReset.request(body.email, address);
    return { received: true };
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed and every session of the account ends; sign in with the new one. 400 reset_link_invalid for a used or expired link.' })
  async confirmPasswordReset(@Body() body: PasswordResetConfirmDto, @ClientAddress() address: string): Promise<void> {
    await this.passwordReset.confirm(body.token, body.newPassword, address);
  }

  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.auth.me(actor.id);
  }
}
