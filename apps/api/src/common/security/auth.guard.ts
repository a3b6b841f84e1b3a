import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@onward/shared';
import { Errors } from '../errors/domain.exception';
import { SessionsService } from '../../modules/auth/sessions.service';
import { IDENTIFY, IS_PUBLIC, ROLES } from './decorators';
import { OnwardRequest, SESSION_COOKIE } from './request-context';

/**
 * Protected by default: every route needs a live session unless marked @Public(), and a route
 * marked @Roles(...) needs one of those roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<OnwardRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      // A public route that asks knows who is calling when there is a live session (a signed-in
      // survivor reporting a concern); a dead session there is simply anonymous.
      if (token && this.reflector.getAllAndOverride<boolean>(IDENTIFY, targets)) {
        request.actor = await this.sessions.authenticate(token).catch(() => undefined);
      }
      return true;
    }

    if (!token) throw Errors.unauthenticated();
    request.actor = await this.sessions.authenticate(token);

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(request.actor.role)) throw Errors.forbidden();
    return true;
  }
}
