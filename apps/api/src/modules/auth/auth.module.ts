import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../../common/security/auth.guard';
import { CsrfGuard, CsrfService } from '../../common/security/csrf';
import { IdentityModule } from '../identity/identity.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { SessionCookie } from './session-cookie';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [IdentityModule, RateLimitModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionsService,
    SessionsRepository,
    PasswordHasher,
    SessionCookie,
    CsrfService,
    // Global guards run in this order: CSRF first, then the session and role check.
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionsService, PasswordHasher, SessionCookie],
})
export class AuthModule {}
