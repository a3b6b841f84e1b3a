import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '@onward/shared';
import { Actor, OnwardRequest } from './request-context';

export const IS_PUBLIC = 'onward:public';
export const ROLES = 'onward:roles';
export const IDENTIFY = 'onward:identify';

/** The route needs no session. Every other route does. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The signed-in user making the request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<OnwardRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without a session');
  return actor;
});

/**
 * A @Public() route that still wants to know who calls when someone is signed in (read with
 * @OptionalActor()). Other public routes skip the session lookup.
 */
export const IdentifyIfSignedIn = () => SetMetadata(IDENTIFY, true);

/** The signed-in user on an @IdentifyIfSignedIn() route, or null when nobody is signed in. */
export const OptionalActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | null => {
  return context.switchToHttp().getRequest<OnwardRequest>().actor ?? null;
});

/** The client's address as Fastify resolved it (trust proxy is explicit configuration). */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  return context.switchToHttp().getRequest<OnwardRequest>().ip;
});
