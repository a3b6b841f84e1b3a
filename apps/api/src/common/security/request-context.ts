import { Role } from '@onward/shared';
import type { FastifyRequest } from 'fastify';

/** Who is making the request, set by the AuthGuard. */
export interface Actor {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
  sessionId: string;
}

export type OnwardRequest = FastifyRequest & { actor?: Actor };

export const SESSION_COOKIE = 'onward_session';
export const CSRF_COOKIE = 'onward_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Methods that change nothing: the CSRF check, the write budgets and the audit trail of changes all start from this. */
export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
