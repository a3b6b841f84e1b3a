import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../../common/security/auth.guard';
import { CsrfGuard, CsrfService } from '../../common/security/csrf';
import { RequestRateLimitGuard } from '../../common/security/request-rate-limit.guard';
import { IdentityModule } from '../identity/identity.module';
import { MailModule } from '../mail/mail.module';
import { RateLimitModule } from '../rate-limit/rate-limit.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordResetService } from './password-reset.service';
import { PasswordResetsRepository } from './password-resets.repository';
import { PasswordHasher } from './password-hasher';
import { SessionCookie } from './session-cookie';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [IdentityModule, MailModule, RateLimitModule],
  controllers: [AuthController, AccountsController],
  providers: [
    AuthService,
    AccountsService,
    PasswordResetService,
    PasswordResetsRepository,
    SessionsService,
    SessionsRepository,
    PasswordHasher,
    SessionCookie,
    CsrfService,
    // Global guards run in this order: CSRF first, then the session and role check, then the
    // per-account and per-address budgets.
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RequestRateLimitGuard },
  ],
  exports: [SessionsService, PasswordHasher, SessionCookie],
})
export class AuthModule {}
