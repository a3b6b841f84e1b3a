import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RateLimiter } from '../../modules/rate-limit/rate-limiter';
import { OnwardRequest, SAFE_METHODS } from './request-context';

const SEARCH_ROUTE = '/api/v1/opportunities/search';

/**
 * Every state-changing request, and every search, counts against two budgets a minute: the
 * account's (a stolen session cannot be used to rewrite records in bulk) and the client
 * address's (as Fastify resolved it under TRUST_PROXY, so a client cannot choose it). Sign-in,
 * invitations, registration and concern reports have their own, tighter limits besides.
 * Runs after the session check, so the account is known.
 */
@Injectable()
export class RequestRateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<OnwardRequest>();
    const limits = this.config.rateLimits;
    const search = request.method === 'GET' && request.routeOptions.url === SEARCH_ROUTE;
    if (SAFE_METHODS.has(request.method) && !search) return true;
    const [kind, perAccount, perIp] = search ? ['search', limits.searchesPerAccount, limits.searchesPerIp] : ['write', limits.writesPerAccount, limits.writesPerIp];
    await this.limiter.consume({ scope: `${kind}:ip`, subject: request.ip, max: perIp, windowSeconds: 60 });
    if (request.actor) await this.limiter.consume({ scope: `${kind}:account`, subject: request.actor.id, max: perAccount, windowSeconds: 60 });
    return true;
  }
}
