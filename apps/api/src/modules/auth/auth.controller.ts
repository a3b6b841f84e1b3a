import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ClientAddress, CurrentActor, Public } from '../../common/security/decorators';
import { CsrfService } from '../../common/security/csrf';
import { Actor, OnwardRequest, SESSION_COOKIE } from '../../common/security/request-context';
import { AuthService } from './auth.service';
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
  async logout(@Req() request: OnwardRequest, @ClientAddress() address: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(request.cookies?.[SESSION_COOKIE], address);
    this.cookie.clear(reply);
  }

  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.auth.me(actor.id);
  }
}
