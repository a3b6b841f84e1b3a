import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Errors } from '../errors/domain.exception';
import { CSRF_COOKIE, CSRF_HEADER, OnwardRequest, SAFE_METHODS } from './request-context';
import { hmac, newToken, safeEqual } from './tokens';


/**
 * CSRF protection by signed double submit: the browser holds a random secret in an HttpOnly
 * cookie; the token the portal echoes in X-CSRF-Token is that secret's HMAC under the server
 * key. A cross-site page can neither read the cookie nor compute the token.
 */
@Injectable()
export class CsrfService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Returns the token for this browser, setting its secret cookie when it has none. */
  issue(request: OnwardRequest, reply: FastifyReply): string {
    let secret = request.cookies?.[CSRF_COOKIE];
    if (!secret || !/^[A-Za-z0-9_-]{43}$/.test(secret)) {
      secret = newToken();
      reply.setCookie(CSRF_COOKIE, secret, {
        httpOnly: true,
        sameSite: 'strict',
        secure: this.config.session.secureCookies,
        path: '/',
      });
    }
    return hmac(this.config.session.secret, secret);
  }

  isValid(request: OnwardRequest): boolean {
    const secret = request.cookies?.[CSRF_COOKIE];
    const header = request.headers[CSRF_HEADER];
    if (!secret || typeof header !== 'string') return false;
    return safeEqual(header, hmac(this.config.session.secret, secret));
  }
}

/** Refuses every state-changing request that lacks a valid CSRF token. Runs before auth. */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(private readonly csrf: CsrfService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<OnwardRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (!this.csrf.isValid(request)) throw Errors.csrf();
    return true;
  }
}
