import { Injectable, Logger } from '@nestjs/common';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { OnwardRequest, SAFE_METHODS } from '../../common/security/request-context';
import { AuditOutcome } from './audit-event.entity';
import { AuditService } from './audit.service';

/** Answers that mean "not for you": the caller is not signed in, not allowed, told it does not exist, or slowed down. */
const REFUSALS = new Set([401, 403, 404, 429]);
/** The portal asks on every page load whether someone is signed in: a 401 there is not an attempt. */
const QUIET = new Set(['GET /auth/me', 'GET /auth/csrf', 'GET /health']);

/**
 * The request-level audit trail: every request that changes something (whatever its outcome)
 * and every refused request (401, 403, 404, 429), with who, role, organisation, the route
 * (its pattern, never the raw URL), the record it named, the outcome and the client address.
 * Services add their own, finer events (a survivor's record read, a consent given) inside the
 * transaction of the change; this one sees what never reached a service: a forged CSRF token, a
 * caller without a session, a probe of other organisations' ids.
 */
@Injectable()
export class RequestAudit {
  private readonly logger = new Logger('Audit');

  constructor(private readonly audit: AuditService) {}

  install(fastify: FastifyInstance, prefix: string): void {
    fastify.addHook('onResponse', async (request: OnwardRequest, reply: FastifyReply) => {
      if (!request.url.startsWith(`${prefix}/`)) return;
      const status = reply.statusCode;
      const changes = !SAFE_METHODS.has(request.method);
      if (!changes && !REFUSALS.has(status)) return;
      const pattern = request.routeOptions.url?.startsWith(prefix) ? request.routeOptions.url.slice(prefix.length) : '(no such route)';
      if (QUIET.has(`${request.method} ${pattern}`)) return;
      const outcome: AuditOutcome = status < 400 ? 'success' : REFUSALS.has(status) ? 'refused' : 'failure';
      const params = (request.params ?? {}) as Record<string, string | undefined>;
      try {
        await this.audit.record({
          action: `${request.method} ${pattern}`,
          outcome,
          actor: request.actor ? { id: request.actor.id, role: request.actor.role, organisationId: request.actor.organisationId } : null,
          subjectType: subjectTypeOf(pattern),
          subjectId: (params.id ?? params.code)?.slice(0, 200),
          clientAddress: request.ip,
        });
      } catch (error) {
        // The answer has gone; a lost audit line is logged loudly, never turned into an error for the caller.
        this.logger.error({ msg: 'audit_write_failed', reqId: request.id, error: error instanceof Error ? error.message : String(error) });
      }
    });
  }
}

/** `/grant-applications/:id/award` → grant_application; `/opportunities/jobs/:id` → job; `/applications` → application. */
export function subjectTypeOf(pattern: string): string | undefined {
  const segments = pattern.split('/').filter(Boolean);
  const idAt = segments.findIndex((segment) => segment === ':id' || segment === ':code');
  const noun = idAt > 0 ? segments[idAt - 1] : segments[0];
  if (!noun || noun.startsWith(':') || noun.startsWith('(')) return undefined;
  return noun.replace(/ies$/, 'y').replace(/s$/, '').replace(/-/g, '_');
}
