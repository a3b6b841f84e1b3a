import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../common/security/request-context';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** The session cookie: HttpOnly, SameSite=Strict, Secure when served over HTTPS. */
@Injectable()
export class SessionCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(reply: FastifyReply, token: string, expiresAt: Date): void {
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.session.secureCookies,
      path: '/',
      expires: expiresAt,
    });
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: this.config.session.secureCookies });
  }
}
